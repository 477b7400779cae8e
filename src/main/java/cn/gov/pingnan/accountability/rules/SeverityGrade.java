package cn.gov.pingnan.accountability.rules;

/** the three grades of Art. 10. */
public enum SeverityGrade {
    LIGHT("情节较轻"),
    HEAVIER("情节较重"),
    SEVERE("情节严重");

    private final String labelZh;

    SeverityGrade(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
