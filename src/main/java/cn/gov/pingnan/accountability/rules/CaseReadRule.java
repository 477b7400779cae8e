package cn.gov.pingnan.accountability.rules;

import java.util.Collection;
import java.util.Set;

/**
 * Who may read a case on the staff pages (search and case file), the rule of docs/security.md T4 made explicit:
 *
 * <ol>
 *   <li>the commission's leaders and reviewers, and the operators, read every case (R-13.2: the commission may take
 *       any case over; review sees every proposal); so do the prefecture readers (市级只读, issue 14), read-only;
 *   <li>any other group reads the cases in which one of its tasks is or was a candidate task of that group;
 *   <li>the organization department also reads every case that put a restriction into the register;
 *   <li>the township committee never reads a county-managed case (R-13.1: one respondent managed by the county makes
 *       it so), even when it had a task in it.
 * </ol>
 *
 * Group ids are those of the identity seeding (a contract, see {@code identity/StaffGroup}). Which counties' cases
 * a user may see at all is decided before this rule (issue 14, {@code tenant/CountyAccess}): a case of another
 * county is unknown to him.
 */
public final class CaseReadRule {

    public static final Set<String> READ_ALL =
            Set.of("commission-leaders", "reviewers", "camunda-admin", "prefecture-readers");
    public static final String TOWNSHIP_COMMITTEE = "township-committee";
    public static final String ORGANIZATION_DEPT = "organization-dept";

    /** What the rule needs to know about one case. */
    public record CaseAccess(Set<String> taskGroups, boolean countyManaged, boolean hasRestrictions) {}

    private CaseReadRule() {}

    public static boolean mayRead(Collection<String> userGroups, CaseAccess access) {
        for (String group : userGroups) {
            if (grants(group, access)) {
                return true;
            }
        }
        return false;
    }

    private static boolean grants(String group, CaseAccess access) {
        if (READ_ALL.contains(group)) {
            return true;
        }
        if (TOWNSHIP_COMMITTEE.equals(group) && access.countyManaged()) {
            return false; // county-managed cadres are not the township's to see
        }
        if (ORGANIZATION_DEPT.equals(group) && access.hasRestrictions()) {
            return true;
        }
        return access.taskGroups().contains(group);
    }

    /** True when the user's groups read every case, so a search need not filter. */
    public static boolean readsAll(Collection<String> userGroups) {
        return userGroups.stream().anyMatch(READ_ALL::contains);
    }
}
