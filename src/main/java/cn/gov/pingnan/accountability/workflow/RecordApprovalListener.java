package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.ApprovingBody;
import cn.gov.pingnan.accountability.rules.Jurisdiction;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On completing 审批问责决定: checks the decision (approval needs the effective date, rejection a reason),
 * records who signed and when and whether the commission decided instead of the competent body
 * (R-13.2 直接问责: the intake flag, or a commission leader completing the approval).
 */
@Component("recordApproval")
public class RecordApprovalListener implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(RecordApprovalListener.class);

    private final IdentityService identityService;

    public RecordApprovalListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            Object decision = task.getVariable(CaseVariables.APPROVAL_DECISION);
            if (CaseVariables.DECISION_REJECTED.equals(decision)) {
                String comment = (String) task.getVariable(CaseVariables.APPROVAL_COMMENT);
                if (comment == null || comment.isBlank()) {
                    throw new InvalidInputException("approvalComment", "A rejection needs a reason", "退回审理须填写退回理由");
                }
                task.setVariable(CaseVariables.REJECTION_REASON, comment);
            } else if (CaseVariables.DECISION_APPROVED.equals(decision)) {
                if (JsonVariables.date(
                                task.getVariable(CaseVariables.DECISION_EFFECTIVE_DATE),
                                "decisionEffectiveDate",
                                "问责决定生效日期")
                        == null) {
                    // the influence periods run from the day the decision takes effect
                    throw new InvalidInputException(
                            "decisionEffectiveDate",
                            "Approval needs the effective date",
                            "批准须填写问责决定生效日期（影响期自该日起算，第十二条）");
                }
                task.removeVariable(CaseVariables.REJECTION_REASON);
            } else {
                throw new InvalidInputException(
                        "approvalDecision",
                        "Approval decision must be APPROVED or REJECTED, got " + decision,
                        "请选择审批结论：批准或退回审理");
            }
            String user = Signatures.record(task, identityService);
            ApprovingBody approving = StaffGroup.byId((String) task.getVariable(CaseVariables.APPROVING_GROUP))
                    .flatMap(StaffGroup::approves)
                    .orElse(null);
            boolean commissionLeader = identityService
                            .createUserQuery()
                            .userId(user)
                            .memberOfGroup(StaffGroup.COMMISSION_LEADERS.id())
                            .count()
                    > 0;
            boolean commission = Jurisdiction.decidedByCommission(approving, commissionLeader);
            task.setVariable(CaseVariables.TAKEN_OVER_BY_COMMISSION, commission);
            LOG.info(
                    "Case {}, respondent instance {}: {} by {}{}",
                    task.getExecution().getProcessBusinessKey(),
                    task.getProcessInstanceId(),
                    decision,
                    user,
                    commission ? " (commission, R-13.2)" : "");
        } catch (RuleViolationException e) {
            LOG.warn("Approval refused: {}: {}", e.field(), e.messageEn());
            throw new TaskCompletionRefused(e);
        }
    }
}
