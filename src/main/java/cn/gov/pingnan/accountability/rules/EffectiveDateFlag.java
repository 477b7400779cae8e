package cn.gov.pingnan.accountability.rules;

/** conduct before 2016-09-14 is flagged at intake (not rejected); {@code noteZh}/{@code noteEn} say why. */
public record EffectiveDateFlag(boolean beforeMeasures, String noteZh, String noteEn) {}
