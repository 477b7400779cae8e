package cn.gov.pingnan.accountability.identity;

import cn.gov.pingnan.accountability.security.WithoutCaller;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The name people see for a user id (R-4.2: a person, not only an account): "王审理（案件审理室）", as Tasklist
 * shows first and last name; the id itself for an unknown user. Asked of the engine without the caller's
 * identity: reading a colleague's name needs no user-read right of its own.
 */
@Component
public class StaffNames {

    private final IdentityService identityService;

    public StaffNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String nameOf(String userId) {
        if (userId == null || userId.isBlank()) {
            return userId;
        }
        User user = WithoutCaller.read(
                identityService,
                () -> identityService.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : format(userId, user.getFirstName(), user.getLastName());
    }

    /** 张审理（案件审理室）: our users carry name and office as first and last name. */
    public static String format(String userId, String firstName, String lastName) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        if (first.isEmpty() && last.isEmpty()) {
            return userId;
        }
        return first.isEmpty() ? last : last.isEmpty() ? first : first + "（" + last + "）";
    }
}
