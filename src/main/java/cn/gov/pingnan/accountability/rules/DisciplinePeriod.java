package cn.gov.pingnan.accountability.rules;

/** the influence period of one discipline type (configuration, R-14). */
public record DisciplinePeriod(String type, String labelZh, int months) {}
