package cn.gov.pingnan.accountability.rules;

/** how the written decision was served on the respondent (送达方式). */
public enum DeliveryMethod {
    IN_PERSON("当面送达"),
    POST("邮寄送达"),
    ELECTRONIC("电子送达");

    private final String labelZh;

    DeliveryMethod(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
