package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * a period of N months from day D, stored as {@code [from, until)}. {@code until} is the first free
 * day: the same calendar day N months later, or the 1st of the following month where that month has no
 * such day ({@link LocalDate#plusMonths} would clamp to the month end, which is one day short).
 */
public final class InfluencePeriod {

    private InfluencePeriod() {}

    /** the first day no longer covered by an N-month period starting on {@code from}. */
    public static LocalDate until(LocalDate from, int months) {
        if (from == null) {
            throw new RuleViolationException("from", "The start date is missing", "缺少影响期起算日期");
        }
        if (months < 1) {
            throw new RuleViolationException(
                    "months", "An influence period must be at least one month, got " + months, "影响期须至少为一个月");
        }
        YearMonth target = YearMonth.from(from).plusMonths(months);
        // no such day in the target month → the period ends on its last day, so the 1st after it is free
        return from.getDayOfMonth() <= target.lengthOfMonth()
                ? target.atDay(from.getDayOfMonth())
                : target.plusMonths(1).atDay(1);
    }

    /** the last day covered, shown to staff ("至…止"). */
    public static LocalDate lastDay(LocalDate from, int months) {
        return until(from, months).minusDays(1);
    }

    /** the award ineligibility runs until 1 January of the year after the effective date. */
    public static LocalDate endOfYear(LocalDate from) {
        if (from == null) {
            throw new RuleViolationException("from", "The start date is missing", "缺少影响期起算日期");
        }
        return LocalDate.of(from.getYear() + 1, 1, 1);
    }
}
