package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.AppealOutcome;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On completing 作出申诉处理决定: A-4 the outcome is one of 维持/变更/撤销 with a written reason; a change names a
 * measure other than the current one. Signs the task.
 */
@Component("recordAppealDecision")
public class RecordAppealDecisionListener implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(RecordAppealDecisionListener.class);

    private final IdentityService identityService;

    public RecordAppealDecisionListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            AppealOutcome outcome = JsonVariables.enumValue(
                    AppealOutcome.class,
                    (String) task.getVariable(CaseVariables.APPEAL_OUTCOME),
                    "appealOutcome",
                    "申诉处理结论");
            if (outcome == null) {
                throw new InvalidInputException("appealOutcome", "The appeal outcome is missing", "请选择申诉处理结论：维持、变更或撤销");
            }
            String reason = (String) task.getVariable(CaseVariables.APPEAL_DECISION_REASON);
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException(
                        "appealDecisionReason", "The appeal decision needs a reason", "请写明申诉处理理由（将记入影响期登记簿的变更记录）");
            }
            if (outcome == AppealOutcome.CHANGE) {
                Measure measure = JsonVariables.enumValue(
                        Measure.class,
                        (String) task.getVariable(CaseVariables.APPEAL_NEW_MEASURE),
                        "appealNewMeasure",
                        "变更后的问责方式");
                if (measure == null) {
                    throw new InvalidInputException(
                            "appealNewMeasure", "A change needs the new measure", "变更问责方式须选择变更后的问责方式");
                }
                if (measure.name().equals(task.getVariable(CaseVariables.MEASURE))) {
                    throw new InvalidInputException(
                            "appealNewMeasure",
                            "The new measure equals the current one",
                            "变更后的问责方式与原决定相同；如不变更，请选择“维持”");
                }
            }
            String user = Signatures.record(task, identityService);
            LOG.info("Appeal on case {}: {} by {}", task.getExecution().getProcessBusinessKey(), outcome, user);
        } catch (RuleViolationException e) {
            LOG.warn("Appeal decision refused: {}: {}", e.field(), e.messageEn());
            throw new TaskCompletionRefused(e);
        }
    }
}
