package cn.gov.pingnan.accountability.register;

/** a restriction is ACTIVE until its date, then EXPIRED; A-4: ENDED early by an appeal (never deleted). */
public enum RestrictionStatus {
    ACTIVE("有效"),
    EXPIRED("已届满"),
    ENDED("已终止");

    private final String labelZh;

    RestrictionStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    /** As staff read it; a row an appeal ended reads 已终止, not 已届满. */
    public String labelZh() {
        return labelZh;
    }
}
