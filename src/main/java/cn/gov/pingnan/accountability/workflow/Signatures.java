package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.identity.StaffNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
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
        // forms show the signer's name, not the login id
        task.setVariable(task.getTaskDefinitionKey() + SIGNED_BY_NAME_SUFFIX, displayName(user, identityService));
        return user;
    }

    static final String SIGNED_BY_NAME_SUFFIX = "SignedByName";

    /** The user's name as Tasklist shows it; the id when the user has no name. */
    static String displayName(String userId, IdentityService identityService) {
        User user = Context.getCommandContext()
                .runWithoutAuthorization(
                        () -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        return displayName(userId, user.getFirstName(), user.getLastName());
    }

    /** 张审理（案件审理室）: Tasklist shows first and last name; our users carry name and office in them. */
    static String displayName(String userId, String firstName, String lastName) {
        return StaffNames.format(userId, firstName, lastName);
    }
}
