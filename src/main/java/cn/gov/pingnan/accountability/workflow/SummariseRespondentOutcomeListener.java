package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.DisciplineEntry;
import cn.gov.pingnan.accountability.casefile.OutcomeEntry;
import cn.gov.pingnan.accountability.casefile.RestrictionEntry;
import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.DisciplinePeriod;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RespondentOutcome;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When a respondent track (对象问责处理) ends: writes its outcome as one Chinese line to the case's
 * {@code respondentOutcomes}, in the same transaction, so the closer of 办结案件 sees what was decided for each
 * respondent. Keyed by the track, so a repeated notification replaces its
 * line. A track started on its own, or cancelled, writes nothing.
 */
@Component("summariseRespondentOutcome")
public class SummariseRespondentOutcomeListener implements ExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SummariseRespondentOutcomeListener.class);

    private final CountyRules rules;

    public SummariseRespondentOutcomeListener(CountyRules rules) {
        this.rules = rules;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DelegateExecution caller = execution.getSuperExecution();
        if (caller == null || execution.isCanceled()) {
            return;
        }
        String line = outcome(execution).lineZh();
        DelegateExecution caseInstance = caller.getProcessInstance();
        List<OutcomeEntry> lines =
                new ArrayList<>(JsonVariables.readArray(caseInstance, CaseVariables.RESPONDENT_OUTCOMES)
                        .asListOf(OutcomeEntry.class));
        String track = execution.getProcessInstanceId();
        lines.removeIf(e -> track.equals(e.track()));
        lines.add(new OutcomeEntry(track, line));
        JsonVariables.write(caseInstance, CaseVariables.RESPONDENT_OUTCOMES, lines);
        LOG.info(
                "Case {}: outcome of respondent track {} recorded",
                execution.getVariable(CaseVariables.CASE_NUMBER),
                track);
    }

    private RespondentOutcome outcome(DelegateExecution execution) {
        DisciplineCatalogue disciplines = rules.disciplines(execution);
        Object measure = execution.getVariable(CaseVariables.MEASURE);
        String approver = "approveDecision";
        List<RespondentOutcome.Discipline> imposed = new ArrayList<>();
        for (DisciplineEntry d :
                JsonVariables.readArray(execution, CaseVariables.DISCIPLINES).asListOf(DisciplineEntry.class)) {
            String label =
                    disciplines.find(d.type()).map(DisciplinePeriod::labelZh).orElse(d.type());
            imposed.add(new RespondentOutcome.Discipline(
                    label, JsonVariables.date(d.effectiveDate(), CaseVariables.DISCIPLINES, "处分生效日期")));
        }
        List<RespondentOutcome.Restriction> restrictions = new ArrayList<>();
        for (RestrictionEntry r :
                JsonVariables.readArray(execution, CaseVariables.RESTRICTIONS).asListOf(RestrictionEntry.class)) {
            String label = r.label() != null ? r.label() : r.type().labelZh();
            restrictions.add(new RespondentOutcome.Restriction(label, r.from(), r.until()));
        }
        boolean rectificationOrdered = Boolean.TRUE.equals(execution.getVariable(CaseVariables.RECTIFICATION_REQUIRED));
        return new RespondentOutcome(
                (String) execution.getVariable(CaseVariables.RESPONDENT_NAME),
                measure == null ? null : Measure.valueOf(measure.toString()),
                (String) execution.getVariable(approver + Signatures.SIGNED_BY_NAME_SUFFIX),
                JsonVariables.date(
                        execution.getVariable(approver + CaseVariables.SIGNED_AT_SUFFIX),
                        approver + CaseVariables.SIGNED_AT_SUFFIX,
                        "审批日期"),
                Boolean.TRUE.equals(execution.getVariable(CaseVariables.TAKEN_OVER_BY_COMMISSION)),
                imposed,
                rectificationOrdered
                        ? Boolean.TRUE.equals(execution.getVariable(CaseVariables.RECTIFICATION_VERIFIED))
                        : null,
                (String) execution.getVariable(CaseVariables.RECTIFICATION_NOTE),
                Boolean.TRUE.equals(execution.getVariable(CaseVariables.JUDICIAL_TRANSFER)),
                restrictions);
    }
}
