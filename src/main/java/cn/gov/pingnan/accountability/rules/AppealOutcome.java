package cn.gov.pingnan.accountability.rules;

/** what the deciding body answers to an appeal (申诉处理决定). */
public enum AppealOutcome {
    /** 维持: the decision stands, the register is unchanged. */
    UPHOLD("维持原问责决定"),
    /** 变更: another measure; the restrictions are recomputed from it as of the day of the change. */
    CHANGE("变更问责方式"),
    /** 撤销: the decision is revoked; every restriction it caused ends on the day of the revocation. */
    REVOKE("撤销问责决定");

    private final String labelZh;

    AppealOutcome(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
