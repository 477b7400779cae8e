package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;

/** the measures apply from 2016-09-14 (the day of issue, inclusive). */
public final class EffectiveDateCheck {

    public static final LocalDate MEASURES_EFFECTIVE = LocalDate.of(2016, 9, 14);

    private EffectiveDateCheck() {}

    public static boolean appliesTo(LocalDate conductDate) {
        return conductDate != null && !conductDate.isBefore(MEASURES_EFFECTIVE);
    }

    /**
     * flags conduct before the measures took effect; conduct after {@code today} is invalid input.
     */
    public static EffectiveDateFlag check(LocalDate conductDate, LocalDate today) {
        if (conductDate == null) {
            throw new RuleViolationException("conductDate", "The date of the conduct is missing", "未填写问题发生日期");
        }
        if (today == null) {
            throw new RuleViolationException("today", "Today's date is missing", "缺少当前日期");
        }
        if (conductDate.isAfter(today)) {
            throw new RuleViolationException(
                    "conductDate",
                    "The conduct date " + conductDate + " lies in the future",
                    "问题发生日期 " + conductDate + " 晚于今天，请核对");
        }
        // before 2016-09-14 → flagged, the case may still be registered
        if (conductDate.isBefore(MEASURES_EFFECTIVE)) {
            return new EffectiveDateFlag(
                    true,
                    "问题发生于 " + conductDate + "，早于本办法施行日期 2016年9月14日，请核实是否适用本办法",
                    "Conduct on " + conductDate
                            + " predates the measures (in force from 2016-09-14); check applicability");
        }
        return new EffectiveDateFlag(false, "问题发生于本办法施行之后，适用本办法", "Conduct on or after 2016-09-14; the measures apply");
    }
}
