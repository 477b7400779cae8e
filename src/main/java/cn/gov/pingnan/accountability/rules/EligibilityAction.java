package cn.gov.pingnan.accountability.rules;

/** what the organization department asks about a person on a date. */
public enum EligibilityAction {
    PROMOTION("提拔使用"),
    APPOINTMENT("安排职务"),
    AWARD("评优评先");

    private final String labelZh;

    EligibilityAction(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
