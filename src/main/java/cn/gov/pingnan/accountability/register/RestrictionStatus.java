package cn.gov.pingnan.accountability.register;

/** a restriction is ACTIVE until its date, then EXPIRED; A-4: ENDED early by an appeal (never deleted). */
public enum RestrictionStatus {
    ACTIVE,
    EXPIRED,
    ENDED
}
