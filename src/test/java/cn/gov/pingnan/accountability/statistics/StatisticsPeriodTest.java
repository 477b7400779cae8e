package cn.gov.pingnan.accountability.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatisticsPeriodTest {

    @Test
    void isoDates_bothDaysIncluded() {
        StatisticsPeriod period = StatisticsPeriod.parse("2026-01-01", " 2026-12-31 ");
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(StatisticsPeriod.parse("2026-05-04", "2026-05-04").from()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL,       2026-12-31, from, 请填写起始日期",
                "'',         2026-12-31, from, 请填写起始日期",
                "2026-01-01, NULL,       to,   请填写截止日期",
                "2026-13-01, 2026-12-31, from, 起始日期格式应为 年-月-日，例如 2026-01-31",
                "2026-02-30, 2026-12-31, from, 起始日期格式应为 年-月-日，例如 2026-01-31",
                "2026-01-01, 31.12.2026, to,   截止日期格式应为 年-月-日，例如 2026-01-31",
                "2026-12-31, 2026-01-01, from, 起始日期不能晚于截止日期",
                "2000-01-01, 2026-01-01, to,   统计期间最长十年"
            })
    void badDates_nameTheFieldInEnglishAndChinese(String from, String to, String field, String messageZh) {
        assertThatThrownBy(() -> StatisticsPeriod.parse(from, to))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageEn()).contains(field);
                    assertThat(e.messageZh()).isEqualTo(messageZh);
                });
    }

    @Test
    void malformedInputIsQuotedShortInTheEnglishMessage() {
        assertThatThrownBy(() -> StatisticsPeriod.parse("x".repeat(500), "2026-01-01"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("x".repeat(20) + "…")
                .hasMessageNotContaining("x".repeat(21));
    }

    @Test
    void pageStartsWithTheYearToDate() {
        StatisticsPeriod period = StatisticsPeriod.yearToDate(LocalDate.of(2026, 8, 15));
        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 8, 15));
    }
}
