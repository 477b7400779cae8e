package cn.gov.pingnan.accountability.security;

import java.util.List;

/**
 * The authenticated caller of an {@code /api} request; {@code countyIds} are the counties (tenants) whose rows of our
 * own tables he may read (issue 14, {@code tenant/CountyAccess}), set once per request by {@link
 * ApiAuthenticationFilter}.
 */
public record ApiUser(String userId, List<String> groupIds, List<String> countyIds) {

    public static final String REQUEST_ATTRIBUTE = ApiUser.class.getName();

    /** Before the counties are known: none. */
    public ApiUser(String userId, List<String> groupIds) {
        this(userId, groupIds, List.of());
    }

    public ApiUser withCounties(List<String> countyIds) {
        return new ApiUser(userId, groupIds, List.copyOf(countyIds));
    }

    public boolean isMemberOfAny(String... groups) {
        for (String group : groups) {
            if (groupIds.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
