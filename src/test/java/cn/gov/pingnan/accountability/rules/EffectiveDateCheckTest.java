package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectiveDateCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Test
    void conductTheDayBefore_isFlaggedNotRejected_R15() {
        EffectiveDateFlag flag = EffectiveDateCheck.check(LocalDate.of(2016, 9, 13), TODAY);
        assertThat(flag.beforeMeasures()).isTrue();
        assertThat(flag.noteZh()).isEqualTo("问题发生于 2016-09-13，早于本办法施行日期 2016年9月14日，请核实是否适用本办法");
        assertThat(EffectiveDateCheck.appliesTo(LocalDate.of(2016, 9, 13))).isFalse();
    }

    @Test
    void conductOnTheDayOfIssue_isCovered_R15() {
        EffectiveDateFlag flag = EffectiveDateCheck.check(LocalDate.of(2016, 9, 14), TODAY);
        assertThat(flag.beforeMeasures()).isFalse();
        assertThat(flag.noteEn()).isEqualTo("Conduct on or after 2016-09-14; the measures apply");
        assertThat(EffectiveDateCheck.appliesTo(LocalDate.of(2016, 9, 14))).isTrue();
    }

    @Test
    void conductAfterIssue_isCovered_R15() {
        assertThat(EffectiveDateCheck.check(LocalDate.of(2016, 9, 15), TODAY).beforeMeasures())
                .isFalse();
        assertThat(EffectiveDateCheck.check(TODAY, TODAY).beforeMeasures()).isFalse();
    }

    @Test
    void conductInTheFuture_isInvalid_R15() {
        assertThatThrownBy(() -> EffectiveDateCheck.check(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("conductDate");
                    assertThat(e.messageZh()).isEqualTo("问题发生日期 2026-05-02 晚于今天，请核对");
                });
    }

    @Test
    void missingDates_areInvalid_R15() {
        assertThatThrownBy(() -> EffectiveDateCheck.check(null, TODAY))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("conductDate"));
        assertThatThrownBy(() -> EffectiveDateCheck.check(TODAY, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("today"));
        assertThat(EffectiveDateCheck.MEASURES_EFFECTIVE).isEqualTo(LocalDate.of(2016, 9, 14));
    }
}
