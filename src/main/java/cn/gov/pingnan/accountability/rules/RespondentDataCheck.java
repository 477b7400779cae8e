package cn.gov.pingnan.accountability.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The data an in-scope respondent needs before a decision can be routed: the management level, the
 * employment status and, for a person who moved, the current employer. Intake and
 * attribution both check it, with the same words.
 */
public final class RespondentDataCheck {

    private RespondentDataCheck() {}

    /**
     * The missing items, each naming its field ({@code managementLevel}, {@code employmentStatus},
     * {@code currentEmployer}) and the respondent by {@code name} in Chinese; empty when complete. A unit has no
     * employment status of its own.
     */
    public static List<RuleViolationException> missing(
            String name, RespondentKind kind, ManagementLevel level, EmploymentStatus status, String currentEmployer) {
        List<RuleViolationException> missing = new ArrayList<>();
        // the management level decides who approves
        if (level == null) {
            missing.add(new RuleViolationException(
                    "managementLevel", "Respondent has no management level", name + "：未选择干部管理权限（第十三条）"));
        }
        // the employment status decides how the decision is carried out
        if (kind != RespondentKind.UNIT && status == null) {
            missing.add(new RuleViolationException(
                    "employmentStatus", "Respondent has no employment status", name + "：未选择现任职状态（第十一条）"));
        }
        if ((status == EmploymentStatus.LEFT_COUNTY || status == EmploymentStatus.TRANSFERRED_IN_COUNTY)
                && (currentEmployer == null || currentEmployer.isBlank())) {
            missing.add(new RuleViolationException(
                    "currentEmployer", "Respondent moved but no current employer given", name + "：已调离，须填写现工作单位"));
        }
        return missing;
    }
}
