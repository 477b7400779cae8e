package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a statistics report covers, both included: {@code from} … {@code to} as calendar days of the county.
 * Plain Java, so the bad-input answers (a 400 naming the field, a Chinese line on the page) are tested without a
 * server.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** Ten years: the longest history the processes keep (historyTimeToLive 3650 days). */
    static final int MAX_DAYS = 3660;

    public StatisticsPeriod {
        if (from.isAfter(to)) {
            throw new RuleViolationException("from", "from (" + from + ") is after to (" + to + ")", "起始日期不能晚于截止日期");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new RuleViolationException("to", "to must be at most ten years after from", "统计期间最长十年");
        }
    }

    /** Both dates as {@code YYYY-MM-DD}; a missing or malformed date names its field. */
    public static StatisticsPeriod parse(String from, String to) {
        return new StatisticsPeriod(date(from, "from", "起始日期"), date(to, "to", "截止日期"));
    }

    /** From 1 January of {@code today}'s year to {@code today}: what the page shows before a period is chosen. */
    public static StatisticsPeriod yearToDate(LocalDate today) {
        return new StatisticsPeriod(today.withDayOfYear(1), today);
    }

    private static LocalDate date(String value, String field, String labelZh) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, field + " is required (YYYY-MM-DD)", "请填写" + labelZh);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(
                    field,
                    field + " must be a date YYYY-MM-DD, got '" + abbreviate(value) + "'",
                    labelZh + "格式应为 年-月-日，例如 2026-01-31");
        }
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
