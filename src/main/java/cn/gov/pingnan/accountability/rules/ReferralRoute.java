package cn.gov.pingnan.accountability.rules;

/** how the accountability decision is carried out for the respondent. */
public enum ReferralRoute {
    /** In post: the decision is delivered to the respondent and the unit. */
    DELIVER_DECISION("送达问责决定"),
    /** transferred, still working in the county — the county commission holds them accountable. */
    COMMISSION_HANDLES("由县纪委监委监察局问责"),
    /** working outside the county — investigate, notify and recommend to the current employer, await reply. */
    RECOMMEND_TO_EMPLOYER("通报现任职单位并建议问责"),
    /** retired — the decision is recorded according to the regulations, no post restriction. */
    RECORD_RETIREMENT("退休人员按规定处理并记录"),
    /** Resigned (Art. 11 names resignation only for crime): the decision is recorded like retirement. */
    RECORD_RESIGNATION("辞职人员作出处理并记录");

    private final String labelZh;

    ReferralRoute(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
