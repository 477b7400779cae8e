package cn.gov.pingnan.accountability.workflow;

/** The letters and notices the workflow sends out through the document exchange, named for logs and incidents. */
public enum OutgoingDocument {

    /** served on the respondent and the unit. */
    DECISION("Accountability decision", "问责决定书"),
    /** to the current employer outside the county. */
    RECOMMENDATION_LETTER("Recommendation letter", "问责建议函"),
    /** the employer has not replied in time. */
    EMPLOYER_REMINDER("Reminder to the employer", "催告函"),
    /** the rectification deadline is near. */
    RECTIFICATION_REMINDER("Rectification reminder", "整改期限提醒"),
    /** the answer to an appeal is due soon. */
    APPEAL_REMINDER("Appeal answer reminder", "申诉办理期限提醒");

    private final String labelEn;
    private final String labelZh;

    OutgoingDocument(String labelEn, String labelZh) {
        this.labelEn = labelEn;
        this.labelZh = labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelZh() {
        return labelZh;
    }
}
