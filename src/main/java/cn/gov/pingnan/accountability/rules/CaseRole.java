package cn.gov.pingnan.accountability.rules;

/** the part a person played in the matter, recorded by the investigation; it yields the responsibility type. */
public enum CaseRole {
    /** 一把手: the top leader; carries decision responsibility for a collective decision. */
    TOP_LEADER("一把手"),
    /** Took part in a collective decision (集体研究). */
    DECISION_PARTICIPANT("参与集体决策人员"),
    /** Leader in charge (分管/主管领导). */
    LEADER("分管或主管领导"),
    /** Executing staff (具体经办人员). */
    EXECUTING_STAFF("具体经办人员");

    private final String labelZh;

    CaseRole(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
