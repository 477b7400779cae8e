package cn.gov.pingnan.accountability.rules;

/** the accountability measures (问责方式) of Art. 10, each in its grade, milder first. */
public enum Measure {
    CRITICISM_EDUCATION(SeverityGrade.LIGHT, "批评教育"),
    ADMONISHMENT_TALK(SeverityGrade.LIGHT, "诫勉谈话"),
    CIRCULATED_CRITICISM(SeverityGrade.HEAVIER, "通报批评"),
    REASSIGNMENT(SeverityGrade.SEVERE, "调离岗位"),
    REMOVAL(SeverityGrade.SEVERE, "免职");

    private final SeverityGrade grade;
    private final String labelZh;

    Measure(SeverityGrade grade, String labelZh) {
        this.grade = grade;
        this.labelZh = labelZh;
    }

    public SeverityGrade grade() {
        return grade;
    }

    public String labelZh() {
        return labelZh;
    }
}
