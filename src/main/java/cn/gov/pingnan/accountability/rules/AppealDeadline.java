package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;

/**
 * The appeal periods of 中国共产党问责条例 (2019), counted with R-12.0's calendar rule: a period of one month
 * starting on day D covers D and ends the day before the same calendar day a month later (or on the last day
 * of that month where it has no such day).
 */
public final class AppealDeadline {

    private AppealDeadline() {}

    /** the last day on which an appeal against a decision delivered on {@code deliveredOn} is admissible. */
    public static LocalDate lastDayToAppeal(LocalDate deliveredOn) {
        if (deliveredOn == null) {
            throw new RuleViolationException(
                    "deliveredOn", "The decision has no recorded delivery date", "问责决定书尚未登记送达日期，无法计算申诉期限");
        }
        return InfluencePeriod.lastDay(deliveredOn, 1);
    }

    /**
     * refuses an appeal filed after the last admissible day, naming that day; an appeal before the delivery
     * date is a typing error, not an early appeal.
     */
    public static void checkFiledInTime(LocalDate deliveredOn, LocalDate filedOn) {
        if (filedOn == null) {
            throw new RuleViolationException("filedOn", "The appeal has no filing date", "未填写申诉提出日期");
        }
        LocalDate last = lastDayToAppeal(deliveredOn);
        if (filedOn.isBefore(deliveredOn)) {
            throw new RuleViolationException(
                    "filedOn",
                    "The appeal date " + filedOn + " is before the decision was delivered on " + deliveredOn,
                    "申诉提出日期 " + filedOn + " 早于问责决定书送达日期 " + deliveredOn + "，请核对");
        }
        if (filedOn.isAfter(last)) {
            throw new RuleViolationException(
                    "filedOn",
                    "Appeal filed on " + filedOn + " is late: the last admissible day was " + last,
                    "申诉已超过期限：应自收到问责决定书之日起一个月内提出，最后一日为 " + last + "，本申诉于 " + filedOn + " 提出，不予受理");
        }
    }

    /** the last day on which the deciding body must answer an appeal received on {@code receivedOn}. */
    public static LocalDate lastDayToAnswer(LocalDate receivedOn) {
        if (receivedOn == null) {
            throw new RuleViolationException("receivedOn", "The appeal has no receipt date", "未填写申诉收到日期");
        }
        return InfluencePeriod.lastDay(receivedOn, 1);
    }
}
