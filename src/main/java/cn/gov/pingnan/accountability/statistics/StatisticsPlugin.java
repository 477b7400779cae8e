package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.CountyCalendar;
import cn.gov.pingnan.accountability.workflow.ParseListeners;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics' read model up to date from inside the workflow, without a listener in the diagrams: a
 * case is recorded when it starts, refreshed after each of its user tasks (the intake may be corrected) and when
 * it ends; a respondent track when its decision is approved (审批问责决定), when its Art. 11 route is set
 * (确定执行方式) and when it ends; an appeal when it is filed and when it ends. Ids relied on:
 * {@link #APPROVE_DECISION}, {@link #ROUTE_REFERRAL}, {@link #APPEAL_PROCESS}, {@link #APPEAL_OUTCOME}.
 */
@Component
public class StatisticsPlugin extends AbstractProcessEnginePlugin {

    static final String APPROVE_DECISION = "approveDecision";
    static final String ROUTE_REFERRAL = "routeReferral";
    /** Issue 13 part 2: the appeal against a decision (申诉处理) and its outcome variable (UPHOLD, CHANGE, REVOKE). */
    static final String APPEAL_PROCESS = ProcessKeys.DECISION_APPEAL;

    static final String APPEAL_OUTCOME = CaseVariables.APPEAL_OUTCOME;

    static final String APPEAL_FILED_ON = CaseVariables.APPEAL_FILED_ON;

    private final StatisticsWriter writer;

    public StatisticsPlugin(@Lazy StatisticsWriter writer) {
        this.writer = writer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ExecutionListener caseStep = e -> recordCase(e, false);
        ExecutionListener caseEnd = e -> recordCase(e, !e.isCanceled());
        ExecutionListener decision = this::recordDecision;
        ExecutionListener respondent = e -> recordRespondent(e, null);
        ExecutionListener appeal = this::recordAppeal;
        ParseListeners.post(configuration).add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                switch (definition.getKey()) {
                    case ProcessKeys.ACCOUNTABILITY_CASE -> {
                        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, caseStep);
                        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, caseEnd);
                    }
                    case ProcessKeys.RESPONDENT_ACCOUNTABILITY ->
                        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, respondent);
                    case APPEAL_PROCESS -> {
                        definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, appeal);
                        definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, appeal);
                    }
                    default -> {}
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (isProcess(scope, ProcessKeys.ACCOUNTABILITY_CASE)) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, caseStep);
                } else if (isProcess(scope, ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                        && APPROVE_DECISION.equals(activity.getId())) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, decision);
                }
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (isProcess(scope, ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                        && ROUTE_REFERRAL.equals(activity.getId())) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, respondent);
                }
            }
        });
    }

    private static boolean isProcess(ScopeImpl scope, String key) {
        return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                && key.equals(definition.getKey());
    }

    private void recordCase(DelegateExecution execution, boolean closed) {
        LocalDate today = CountyCalendar.today();
        writer.recordCase(new StatisticsWriter.CaseFacts(
                execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(),
                StatisticsValues.text(execution.getVariable(CaseVariables.WORK_FIELD)),
                StatisticsValues.texts(execution.getVariable(CaseVariables.GROUNDS)),
                today,
                closed ? today : null,
                execution.getTenantId()));
    }

    private void recordDecision(DelegateExecution execution) {
        if (CaseVariables.DECISION_APPROVED.equals(execution.getVariable(CaseVariables.APPROVAL_DECISION))) {
            recordRespondent(execution, CountyCalendar.today());
        }
    }

    private void recordRespondent(DelegateExecution execution, LocalDate decidedOn) {
        DelegateExecution caseExecution = execution.getProcessInstance().getSuperExecution();
        writer.recordRespondent(new StatisticsWriter.RespondentFacts(
                execution.getProcessInstanceId(),
                caseExecution == null ? null : caseExecution.getProcessInstanceId(),
                StatisticsValues.field(execution.getVariable(CaseVariables.RESPONDENT), "managementLevel"),
                StatisticsValues.text(execution.getVariable(CaseVariables.MEASURE)),
                StatisticsValues.text(execution.getVariable(CaseVariables.REFERRAL_ROUTE)),
                decidedOn,
                execution.getTenantId()));
    }

    private void recordAppeal(DelegateExecution execution) {
        boolean ended = ExecutionListener.EVENTNAME_END.equals(execution.getEventName());
        LocalDate today = CountyCalendar.today();
        writer.recordAppeal(new StatisticsWriter.AppealFacts(
                execution.getProcessInstanceId(),
                // an appeal counts on the day the written appeal arrived, not the day it was registered
                StatisticsValues.day(execution.getVariable(APPEAL_FILED_ON), today),
                ended && !execution.isCanceled() ? today : null,
                ended ? StatisticsValues.text(execution.getVariable(APPEAL_OUTCOME)) : null,
                execution.getTenantId()));
    }
}
