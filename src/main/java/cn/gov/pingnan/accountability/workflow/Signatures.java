package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** 谁签字、谁负责: the user completing a task and the time, as {@code <taskKey>SignedBy/SignedAt}. */
final class Signatures {

    private Signatures() {}

    static String signer(DelegateTask task, IdentityService identityService) {
        Authentication auth = identityService.getCurrentAuthentication();
        String user = auth != null ? auth.getUserId() : task.getAssignee();
        if (user == null || user.isBlank()) {
            throw new InvalidInputException(
                    "signedBy",
                    "Task " + task.getTaskDefinitionKey() + " completed without a known user (R-4.2)",
                    "无法确认签字人：请登录后办理（谁签字、谁负责）");
        }
        return user;
    }

    static String record(DelegateTask task, IdentityService identityService) {
        String user = signer(task, identityService);
        task.setVariable(task.getTaskDefinitionKey() + CaseVariables.SIGNED_BY_SUFFIX, user);
        task.setVariable(task.getTaskDefinitionKey() + CaseVariables.SIGNED_AT_SUFFIX, ClockUtil.getCurrentTime());
        return user;
    }
}
