package cn.gov.pingnan.accountability.rules;

/** the kind of responsibility recorded for each respondent, strongest first. */
public enum ResponsibilityType {
    DECISION("决策责任"),
    LEADERSHIP("领导责任"),
    EXECUTION("经办责任");

    private final String labelZh;

    ResponsibilityType(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
