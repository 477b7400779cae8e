package cn.gov.pingnan.accountability.rules;

/** the restrictions of Art. 12, in the order they are listed. */
public enum RestrictionType {
    AWARD_INELIGIBLE("取消当年评优评先资格"),
    NO_PROMOTION("不得提拔使用"),
    NO_POST("不安排职务"),
    NO_HIGHER_POST("不得担任高于原任职务层次的职务");

    private final String labelZh;

    RestrictionType(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** promotion is barred by any post restriction; appointment only by 不安排职务; awards by. */
    public boolean blocks(EligibilityAction action) {
        if (action == null) {
            throw new RuleViolationException("action", "No action to check", "未指定要查询的事项");
        }
        return switch (action) {
            case PROMOTION -> this == NO_PROMOTION || this == NO_HIGHER_POST || this == NO_POST;
            case APPOINTMENT -> this == NO_POST;
            case AWARD -> this == AWARD_INELIGIBLE;
        };
    }
}
