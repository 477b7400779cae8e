package cn.gov.pingnan.accountability.rules;

/**
 * why a signatory is not made a respondent. The written reason is always required besides the code.
 * {@link #THIRD_PARTY_ACCEPTANCE} exists only so that it can be refused.
 */
public enum SignatoryExclusionReason {
    SIGNATURE_NOT_GENUINE("签名非本人所签"),
    OBJECTION_RECORDED("签字时已书面提出反对意见"),
    SIGNED_ON_MISLEADING_MATERIAL("因他人提供虚假材料受蒙蔽签字且已尽审核义务"),
    THIRD_PARTY_ACCEPTANCE("已经第三方验收"),
    OTHER("其他");

    private final String labelZh;

    SignatoryExclusionReason(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
