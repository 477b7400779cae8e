package cn.gov.pingnan.accountability.rules;

/** the bodies that approve an accountability decision (who manages the cadre, or the commission). */
public enum ApprovingBody {
    /** 县委: county-managed cadres. */
    COUNTY_COMMITTEE,
    /** 乡镇党委: township-managed personnel. */
    TOWNSHIP_COMMITTEE,
    /** 单位党组: unit-managed staff. */
    UNIT_PARTY_GROUP,
    /** 县纪委监委: direct accountability (直接问责). */
    COMMISSION
}
