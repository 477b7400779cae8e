package cn.gov.pingnan.accountability.security;

import java.util.List;

/** The authenticated caller of an {@code /api} request. */
public record ApiUser(String userId, List<String> groupIds) {

    public static final String REQUEST_ATTRIBUTE = ApiUser.class.getName();

    public boolean isMemberOfAny(String... groups) {
        for (String group : groups) {
            if (groupIds.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
