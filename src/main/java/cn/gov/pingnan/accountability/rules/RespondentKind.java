package cn.gov.pingnan.accountability.rules;

/** a respondent (被问责对象) is a unit or a person. */
public enum RespondentKind {
    PERSON("工作人员"),
    UNIT("单位");

    private final String labelZh;

    RespondentKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
