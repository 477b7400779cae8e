package cn.gov.pingnan.accountability.rules;

/** the four categories of Art. 3 (units carry a category too); anything else is out of scope. */
public enum PersonCategory {
    ADMINISTRATIVE_ORGAN(
            "全县各级行政机关及其公务员、行政机关任命的其他人员", "County administrative organs, their civil servants and persons they appoint"),
    AUTHORIZED_ORGANIZATION(
            "法律法规授权或行政机关委托从事公共事务管理活动的组织中从事脱贫攻坚工作的人员",
            "Organizations authorized by law or entrusted by an administrative organ, and their poverty-alleviation staff"),
    GRASSROOTS_ORGANIZATION(
            "农村、社区党组织和村（居）民委员会等基层组织及从事脱贫攻坚工作的人员（含计生专干、妇女主任、团支书）",
            "Rural and community party organizations, villagers' and residents' committees and their staff"),
    ASSIGNED_ASSISTANCE_UNIT(
            "县帮扶单位中的中、区、市直单位及其从事脱贫攻坚工作的工作人员",
            "Central, autonomous-region and city units assigned to help the county, and their staff"),
    OUT_OF_SCOPE("不属于本办法适用范围", "Outside the scope of these measures");

    private final String labelZh;
    private final String labelEn;

    PersonCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** true for the four categories of Art. 3. */
    public boolean inScope() {
        return this != OUT_OF_SCOPE;
    }
}
