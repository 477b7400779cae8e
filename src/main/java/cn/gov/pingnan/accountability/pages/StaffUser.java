package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.register.RestrictionController;
import cn.gov.pingnan.accountability.rules.CaseReadRule;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.statistics.StatisticsController;
import java.util.List;
import java.util.Set;

/**
 * The signed-in user of a staff page, as the Camunda webapps know him (one sign-in for both), with the counties whose
 * register, cases and statistics he may read (issue 14, {@code tenant/CountyAccess}).
 */
public record StaffUser(String userId, List<String> groupIds, List<String> countyIds) {

    static final String REQUEST_ATTRIBUTE = StaffUser.class.getName();

    /** exactly the groups the register API allows. */
    static final Set<String> REGISTER_GROUPS = Set.of(
            RestrictionController.class.getAnnotation(AllowedGroups.class).value());

    /** Issue 13: exactly the groups the statistics API allows. */
    static final Set<String> STATISTICS_GROUPS =
            Set.of(StatisticsController.class.getAnnotation(AllowedGroups.class).value());

    public boolean mayUseStatistics() {
        return groupIds.stream().anyMatch(STATISTICS_GROUPS::contains);
    }

    public boolean mayUseRegister() {
        return groupIds.stream().anyMatch(REGISTER_GROUPS::contains);
    }

    public boolean readsAllCases() {
        return CaseReadRule.readsAll(groupIds);
    }
}
