package cn.gov.pingnan.accountability.workflow;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing 初步核实线索: open the case, or close it with a reason (no violation, no evidence, not in scope). */
@Component("checkLeadVerification")
public class CheckLeadVerificationListener implements TaskListener {

    static final Set<String> DECISIONS =
            Set.of(CaseVariables.VERIFICATION_OPEN, "NO_VIOLATION", "INSUFFICIENT_EVIDENCE", "NOT_IN_SCOPE");

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(CaseVariables.VERIFICATION_DECISION);
        if (decision == null || !DECISIONS.contains(decision.toString())) {
            throw new TaskCompletionRefused(new InvalidInputException(
                    "verificationDecision",
                    "Verification decision must be one of " + DECISIONS + ", got " + decision,
                    "请选择初核结论"));
        }
        Object reason = task.getVariable(CaseVariables.VERIFICATION_REASON);
        if (!CaseVariables.VERIFICATION_OPEN.equals(decision)
                && (reason == null || reason.toString().isBlank())) {
            throw new TaskCompletionRefused(new InvalidInputException(
                    "verificationReason", "Closing at preliminary verification needs a reason", "初核了结须写明理由"));
        }
    }
}
