package cn.gov.pingnan.accountability.rules;

/** the candidate group that approves the accountability decision. */
public final class Jurisdiction {

    public static final String COUNTY_COMMITTEE = "county-committee";
    public static final String TOWNSHIP_COMMITTEE = "township-committee";
    public static final String UNIT_PARTY_GROUP = "unit-party-group";
    public static final String COMMISSION_LEADERS = "commission-leaders";

    private Jurisdiction() {}

    public static String approvingGroup(ManagementLevel level, boolean takenOverByCommission) {
        // the case always records the management level, even when the commission takes over
        if (level == null) {
            throw new RuleViolationException(
                    "managementLevel", "The respondent's management level is missing", "未填写被问责对象的干部管理权限");
        }
        // the county discipline commission may take any case over directly
        if (takenOverByCommission) {
            return COMMISSION_LEADERS;
        }
        // the body that manages the cadre decides
        return switch (level) {
            case COUNTY -> COUNTY_COMMITTEE;
            case TOWNSHIP -> TOWNSHIP_COMMITTEE;
            case UNIT -> UNIT_PARTY_GROUP;
        };
    }

    /** As {@link #approvingGroup(ManagementLevel, boolean)} for a level given by name, e.g. from a form. */
    public static String approvingGroup(String level, boolean takenOverByCommission) {
        ManagementLevel parsed = null;
        if (level != null && !level.isBlank()) {
            try {
                parsed = ManagementLevel.valueOf(level.trim());
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException(
                        "managementLevel", "Unknown management level '" + level + "'", "干部管理权限“" + level + "”无效");
            }
        }
        return approvingGroup(parsed, takenOverByCommission);
    }
}
