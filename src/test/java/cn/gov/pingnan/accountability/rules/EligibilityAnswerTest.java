package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityAnswerTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    @Test
    void blockedPromotionNamesTheLastBarredDay_R12_0_R12_5() {
        RestrictionPeriod noPromotion = new RestrictionPeriod(
                RestrictionType.NO_PROMOTION, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1), "R-12.2");
        assertThat(EligibilityAnswer.words(EligibilityAction.PROMOTION, DAY, List.of(noPromotion)))
                .startsWith("2027-08-31 前不得提拔使用")
                .contains("2027-09-01 起不再受此限制");
    }

    @Test
    void theRestrictionEndingLastGoverns_R12_4() {
        RestrictionPeriod shorter = new RestrictionPeriod(
                RestrictionType.NO_POST, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 2), "R-12.3");
        RestrictionPeriod longer = new RestrictionPeriod(
                RestrictionType.NO_HIGHER_POST, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 3, 1), "R-12.3");
        assertThat(EligibilityAnswer.words(EligibilityAction.PROMOTION, DAY, List.of(shorter, longer)))
                .startsWith("2028-02-29 前不得提拔使用");
    }

    @Test
    void noBlockingRestrictionIsAnAllowedAnswer_R12_5() {
        assertThat(EligibilityAnswer.words(EligibilityAction.AWARD, DAY, List.of()))
                .startsWith("2027-03-01 可以评优评先");
    }
}
