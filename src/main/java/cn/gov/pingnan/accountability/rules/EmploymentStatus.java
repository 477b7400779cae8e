package cn.gov.pingnan.accountability.rules;

/** where the respondent is now, which decides how the decision is carried out. */
public enum EmploymentStatus {
    IN_POST("在原单位任职"),
    TRANSFERRED_IN_COUNTY("已调离，仍在县内工作"),
    LEFT_COUNTY("已调离，不在县内工作"),
    RETIRED("已退休"),
    RESIGNED("已辞职");

    private final String labelZh;

    EmploymentStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
