package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppealRestrictionsTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);
    private final RestrictionCalculator calculator = RestrictionCalculator.withDefaultCatalogue();

    @Test
    void removalChangedToReassignment_newRowsRunFromTheChangeDayToTheNewMeasuresEnd_A4_R12_2() {
        LocalDate changed = LocalDate.of(2026, 4, 15);
        List<RestrictionPeriod> rows = AppealRestrictions.fromChangeDay(
                calculator.compute(Measure.REASSIGNMENT, EFFECTIVE, List.of()), changed);
        assertThat(rows)
                .extracting(RestrictionPeriod::type, RestrictionPeriod::from, RestrictionPeriod::until)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                RestrictionType.AWARD_INELIGIBLE, changed, LocalDate.of(2027, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                RestrictionType.NO_PROMOTION, changed, LocalDate.of(2027, 3, 1)));
        assertThat(rows).allSatisfy(r -> assertThat(r.basis()).endsWith("A-4"));
    }

    @Test
    void periodOverByTheChangeDay_addsNothing_A4() {
        // the award ineligibility of 2026 is over on 2027-01-01
        List<RestrictionPeriod> rows = AppealRestrictions.fromChangeDay(
                calculator.compute(Measure.CRITICISM_EDUCATION, EFFECTIVE, List.of()), LocalDate.of(2027, 1, 1));
        assertThat(rows).isEmpty();
    }

    @Test
    void periodStartingAfterTheChangeDay_keepsItsStart_A4() {
        RestrictionPeriod later = new RestrictionPeriod(
                RestrictionType.NO_PROMOTION, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1), "R-12.4");
        assertThat(AppealRestrictions.fromChangeDay(List.of(later), LocalDate.of(2026, 4, 1)))
                .singleElement()
                .satisfies(r -> assertThat(r.from()).isEqualTo(LocalDate.of(2026, 6, 1)));
        assertThatThrownBy(() -> AppealRestrictions.fromChangeDay(List.of(later), null))
                .isInstanceOf(RuleViolationException.class);
    }
}
