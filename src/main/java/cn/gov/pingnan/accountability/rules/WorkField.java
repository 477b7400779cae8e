package cn.gov.pingnan.accountability.rules;

/** the field of poverty-alleviation work a case concerns (Art. 2), recorded for reporting. */
public enum WorkField {
    INDUSTRY("产业发展"),
    INFRASTRUCTURE("基础设施建设"),
    RELOCATION("扶贫搬迁"),
    EDUCATION("教育"),
    HEALTH("医疗卫生"),
    SOCIAL_WELFARE("社会民生"),
    OTHER("其他");

    private final String labelZh;

    WorkField(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
