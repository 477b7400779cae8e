package cn.gov.pingnan.accountability.rules;

import java.util.List;

/** the body that approves the accountability decision. */
public final class Jurisdiction {

    private Jurisdiction() {}

    public static ApprovingBody approvingBody(ManagementLevel level, boolean takenOverByCommission) {
        // the case always records the management level, even when the commission takes over
        if (level == null) {
            throw new RuleViolationException(
                    "managementLevel", "The respondent's management level is missing", "未填写被问责对象的干部管理权限");
        }
        // the county discipline commission may take any case over directly
        if (takenOverByCommission) {
            return ApprovingBody.COMMISSION;
        }
        // the body that manages the cadre decides
        return switch (level) {
            case COUNTY -> ApprovingBody.COUNTY_COMMITTEE;
            case TOWNSHIP -> ApprovingBody.TOWNSHIP_COMMITTEE;
            case UNIT -> ApprovingBody.UNIT_PARTY_GROUP;
        };
    }

    /** As {@link #approvingBody(ManagementLevel, boolean)} for a level given by name, e.g. from a form. */
    public static ApprovingBody approvingBody(String level, boolean takenOverByCommission) {
        ManagementLevel parsed = null;
        if (level != null && !level.isBlank()) {
            try {
                parsed = ManagementLevel.valueOf(level.trim());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "managementLevel", "Unknown management level '" + level + "'", "干部管理权限“" + level + "”无效");
            }
        }
        return approvingBody(parsed, takenOverByCommission);
    }

    /**
     * the bodies that may approve, the competent body first; the commission is always among them, so it
     * can take the case over until it is approved.
     */
    public static List<ApprovingBody> candidates(ApprovingBody approving) {
        return approving == ApprovingBody.COMMISSION
                ? List.of(ApprovingBody.COMMISSION)
                : List.of(approving, ApprovingBody.COMMISSION);
    }

    /**
     * 直接问责: the commission decided when the case was routed to it, or when one of its leaders approved
     * instead of the competent body.
     */
    public static boolean decidedByCommission(ApprovingBody approving, boolean approverIsCommissionLeader) {
        return approving == ApprovingBody.COMMISSION || approverIsCommissionLeader;
    }
}
