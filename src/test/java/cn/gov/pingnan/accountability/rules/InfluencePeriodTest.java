package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfluencePeriodTest {

    @ParameterizedTest(name = "{0} + {1} months → until {2}")
    @CsvSource({
        "2026-03-01, 12, 2027-03-01",
        "2026-03-01, 18, 2027-09-01",
        "2024-02-29, 12, 2025-03-01",
        "2026-08-31, 6, 2027-03-01",
        "2026-03-31, 6, 2026-10-01",
    })
    void until_requirementExamples_R12_0(LocalDate from, int months, LocalDate until) {
        assertThat(InfluencePeriod.until(from, months)).isEqualTo(until);
    }

    @ParameterizedTest(name = "{0} + {1} months → until {2}")
    @CsvSource({
        "2028-02-29, 12, 2029-03-01",
        "2028-02-29, 24, 2030-03-01",
        "2028-02-29, 6, 2028-08-29",
        "2028-02-29, 48, 2032-02-29",
        "2024-01-31, 1, 2024-03-01",
        "2026-01-31, 1, 2026-03-01",
        "2026-01-30, 1, 2026-03-01",
        "2026-01-28, 1, 2026-02-28",
        "2026-05-31, 1, 2026-07-01",
        "2026-12-31, 12, 2027-12-31",
        "2026-12-31, 2, 2027-03-01",
    })
    void until_monthEndAndLeapDay_rollsToFirstOfNextMonth_R12_0(LocalDate from, int months, LocalDate until) {
        assertThat(InfluencePeriod.until(from, months)).isEqualTo(until);
    }

    @Test
    void until_differsFromJavaPlusMonthsAtMonthEnd_R12_0() {
        LocalDate from = LocalDate.of(2026, 8, 31);
        assertThat(from.plusMonths(6)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(InfluencePeriod.until(from, 6)).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void lastDay_isDayBeforeUntil_endsOnLastDayOfShortMonth_R12_0() {
        assertThat(InfluencePeriod.lastDay(LocalDate.of(2026, 8, 31), 6)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(InfluencePeriod.lastDay(LocalDate.of(2026, 3, 1), 12)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(InfluencePeriod.lastDay(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @ParameterizedTest(name = "effective {0} → awards barred until {1}")
    @CsvSource({
        "2026-12-31, 2027-01-01",
        "2026-01-01, 2027-01-01",
        "2028-02-29, 2029-01-01",
    })
    void endOfYear_isFirstOfJanuaryNextYear_R12_1(LocalDate from, LocalDate until) {
        assertThat(InfluencePeriod.endOfYear(from)).isEqualTo(until);
    }

    @Test
    void until_rejectsMissingDateAndNonPositiveMonths_R12_0() {
        assertThatThrownBy(() -> InfluencePeriod.until(null, 12))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> InfluencePeriod.until(LocalDate.of(2026, 3, 1), 0))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("months");
                    assertThat(e.messageZh()).isEqualTo("影响期须至少为一个月");
                });
    }
}
