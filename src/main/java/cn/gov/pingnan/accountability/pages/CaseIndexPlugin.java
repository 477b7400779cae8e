package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import cn.gov.pingnan.accountability.workflow.WorkflowSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps the staff pages' case index up to date from inside the workflow, for every diagram (also for steps a
 * manager adds in the Modeler): the case is indexed when it gets its number (the {@code ${registerCase}} step),
 * refreshed whenever a task of 问责案件办理 is completed and when the case ends; every task of every process of the
 * case adds its candidate groups (who may read it, {@code rules/CaseReadRule}).
 */
@Component
public class CaseIndexPlugin extends AbstractProcessEnginePlugin {

    private static final String REGISTER_CASE = "${registerCase}";

    private final CaseIndexWriter writer;

    public CaseIndexPlugin(@Lazy CaseIndexWriter writer) {
        this.writer = writer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        TaskListener recordGroups = this::recordGroups;
        TaskListener refreshFromTask = task -> refresh(task.getExecution());
        ExecutionListener refresh = this::refresh;
        ExecutionListener close = this::close;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, recordGroups);
                    if (isCaseProcess(scope)) {
                        userTask.getTaskDefinition()
                                .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, refreshFromTask);
                    }
                }
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
                if (isCaseProcess(scope) && REGISTER_CASE.equals(delegate)) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, refresh);
                }
            }

            @Override
            public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                if (ProcessKeys.ACCOUNTABILITY_CASE.equals(definition.getKey())) {
                    definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, close);
                }
            }
        });
    }

    private static boolean isCaseProcess(ScopeImpl scope) {
        return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                && ProcessKeys.ACCOUNTABILITY_CASE.equals(definition.getKey());
    }

    private void recordGroups(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .toList();
        // Issue 14: the task's tenant is the case's county
        writer.addGroups(caseNumber, groups, task.getTenantId());
    }

    private void refresh(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        writer.upsert(new CaseIndexWriter.CaseFacts(
                caseNumber,
                execution.getProcessInstanceId(),
                today(),
                stringVariable(execution, CaseVariables.WORK_FIELD),
                grounds(CaseValues.tree(execution.getVariable(CaseVariables.GROUNDS))),
                CaseValues.respondents(
                        CaseValues.tree(execution.getVariable(CaseVariables.RESPONDENTS)),
                        CaseValues.tree(execution.getVariable(CaseVariables.ACCOUNTABLES))),
                execution.getTenantId()));
    }

    private void close(DelegateExecution execution) {
        if (execution.getProcessBusinessKey() == null) {
            return;
        }
        refresh(execution);
        // no respondent in scope closes the case as out of scope
        Object inScope = execution.getVariable(CaseVariables.IN_SCOPE_COUNT);
        boolean outOfScope = inScope instanceof Number n && n.intValue() == 0;
        writer.close(execution.getProcessBusinessKey(), outOfScope, today());
    }

    static List<String> grounds(JsonNode node) {
        List<String> grounds = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(g -> {
                if (g.isValueNode() && !g.asText().isBlank()) {
                    grounds.add(g.asText().strip());
                }
            });
        }
        return grounds;
    }

    private static String stringVariable(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkflowSettings.ZONE);
    }
}
