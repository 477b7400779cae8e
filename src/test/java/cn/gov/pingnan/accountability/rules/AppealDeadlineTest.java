package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AppealDeadlineTest {

    @Test
    void oneMonthFromDelivery_endsTheDayBeforeTheSameDayNextMonth_A1_R12_0() {
        assertThat(AppealDeadline.lastDayToAppeal(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 4, 1));
        // no 31 March+1 month day in April → ends on the last day of April
        assertThat(AppealDeadline.lastDayToAppeal(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(AppealDeadline.lastDayToAppeal(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(AppealDeadline.lastDayToAppeal(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void appealOnTheLastDay_isAdmissible_theDayAfterIsRefusedNamingTheLastDay_A1() {
        LocalDate delivered = LocalDate.of(2026, 3, 2);
        assertThatCode(() -> AppealDeadline.checkFiledInTime(delivered, LocalDate.of(2026, 4, 1)))
                .doesNotThrowAnyException();
        assertThatCode(() -> AppealDeadline.checkFiledInTime(delivered, delivered))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AppealDeadline.checkFiledInTime(delivered, LocalDate.of(2026, 4, 2)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("filedOn");
                    assertThat(e.messageZh()).contains("最后一日为 2026-04-01").contains("不予受理");
                    assertThat(e.messageEn()).contains("last admissible day was 2026-04-01");
                });
    }

    @Test
    void appealBeforeDelivery_orWithoutDates_isRefusedWithTheField_A1() {
        assertThatThrownBy(() -> AppealDeadline.checkFiledInTime(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageZh()).contains("早于问责决定书送达日期"));
        assertThatThrownBy(() -> AppealDeadline.checkFiledInTime(null, LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("deliveredOn"));
        assertThatThrownBy(() -> AppealDeadline.checkFiledInTime(LocalDate.of(2026, 3, 2), null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("filedOn"));
    }

    @Test
    void answerIsDueWithinOneMonthOfReceivingTheAppeal_A2() {
        assertThat(AppealDeadline.lastDayToAnswer(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(AppealDeadline.lastDayToAnswer(LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> AppealDeadline.lastDayToAnswer(null)).isInstanceOf(RuleViolationException.class);
    }
}
