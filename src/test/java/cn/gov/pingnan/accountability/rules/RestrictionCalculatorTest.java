package cn.gov.pingnan.accountability.rules;

import static cn.gov.pingnan.accountability.rules.RestrictionType.AWARD_INELIGIBLE;
import static cn.gov.pingnan.accountability.rules.RestrictionType.NO_HIGHER_POST;
import static cn.gov.pingnan.accountability.rules.RestrictionType.NO_POST;
import static cn.gov.pingnan.accountability.rules.RestrictionType.NO_PROMOTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RestrictionCalculatorTest {

    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);

    private final RestrictionCalculator calculator = RestrictionCalculator.withDefaultCatalogue();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static RestrictionPeriod period(RestrictionType type, String from, String until, String basis) {
        return new RestrictionPeriod(type, d(from), d(until), basis);
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void everyMeasure_barsAwardsUntilFirstOfJanuary_R12_1(Measure measure) {
        List<RestrictionPeriod> periods = calculator.compute(measure, MAR_1, List.of());
        assertThat(periods.get(0)).isEqualTo(period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"));
    }

    @Test
    void award_effectiveOnNewYearsEve_coversOnlyThatDay_R12_1() {
        RestrictionPeriod award = calculator
                .compute(Measure.CRITICISM_EDUCATION, d("2026-12-31"), List.of())
                .get(0);
        assertThat(award).isEqualTo(period(AWARD_INELIGIBLE, "2026-12-31", "2027-01-01", "R-12.1"));
        assertThat(award.covers(d("2026-12-31"))).isTrue();
        assertThat(award.covers(d("2027-01-01"))).isFalse();
    }

    @Test
    void award_effectiveOnNewYearsDay_coversWholeYear_R12_1() {
        RestrictionPeriod award = calculator
                .compute(Measure.CIRCULATED_CRITICISM, d("2026-01-01"), List.of())
                .get(0);
        assertThat(award).isEqualTo(period(AWARD_INELIGIBLE, "2026-01-01", "2027-01-01", "R-12.1"));
        assertThat(award.covers(d("2025-12-31"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Measure.class,
            names = {"CRITICISM_EDUCATION", "ADMONISHMENT_TALK", "CIRCULATED_CRITICISM"})
    void lightAndHeavierMeasures_withoutDiscipline_onlyBarAwards_R12_1(Measure measure) {
        assertThat(calculator.compute(measure, MAR_1, null))
                .containsExactly(period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"));
    }

    @Test
    void reassignment_barsPromotionForOneYear_R12_2() {
        assertThat(calculator.compute(Measure.REASSIGNMENT, MAR_1, List.of()))
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-03-01", "2027-03-01", "R-12.2"));
    }

    @Test
    void reassignment_onMonthEnd_usesFirstFreeDay_R12_2() {
        assertThat(calculator
                        .compute(Measure.REASSIGNMENT, d("2028-02-29"), List.of())
                        .get(1))
                .isEqualTo(period(NO_PROMOTION, "2028-02-29", "2029-03-01", "R-12.2"));
    }

    @Test
    void removal_blocksAnyPostForOneYear_andHigherPostForTwo_R12_3() {
        assertThat(calculator.compute(Measure.REMOVAL, d("2026-03-31"), List.of()))
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-31", "2027-01-01", "R-12.1"),
                        period(NO_POST, "2026-03-31", "2027-03-31", "R-12.3"),
                        period(NO_HIGHER_POST, "2026-03-31", "2028-03-31", "R-12.3"));
    }

    @Test
    void reassignment_measureLongerThanDiscipline_measureGoverns_R12_4() {
        List<RestrictionPeriod> periods =
                calculator.compute(Measure.REASSIGNMENT, MAR_1, List.of(new DisciplineImposed("GOV_WARNING", MAR_1)));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-03-01", "2027-03-01", "R-12.2, R-12.4"));
    }

    @Test
    void reassignment_disciplineLongerThanMeasure_disciplineGovernsInOneRow_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.REASSIGNMENT, MAR_1, List.of(new DisciplineImposed("GOV_MAJOR_DEMERIT", MAR_1)));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-03-01", "2027-09-01", "R-12.2, R-12.4"));
    }

    @Test
    void reassignment_laterDisciplineEndsLater_mergedRowKeepsMeasureStart_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.REASSIGNMENT, MAR_1, List.of(new DisciplineImposed("PARTY_WARNING", d("2026-05-20"))));
        assertThat(periods)
                .filteredOn(p -> p.type() == NO_PROMOTION)
                .containsExactly(period(NO_PROMOTION, "2026-03-01", "2027-05-20", "R-12.2, R-12.4"));
    }

    @Test
    void removal_measureLongerThanDiscipline_measureGoverns_R12_4() {
        List<RestrictionPeriod> periods =
                calculator.compute(Measure.REMOVAL, MAR_1, List.of(new DisciplineImposed("GOV_DEMERIT", MAR_1)));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_POST, "2026-03-01", "2027-03-01", "R-12.3"),
                        period(NO_HIGHER_POST, "2026-03-01", "2028-03-01", "R-12.3, R-12.4"));
    }

    @Test
    void removal_disciplineLongerThanMeasure_disciplineGovernsHigherPostBan_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.REMOVAL, MAR_1, List.of(new DisciplineImposed("GOV_DEMOTION", d("2026-06-15"))));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_POST, "2026-03-01", "2027-03-01", "R-12.3"),
                        period(NO_HIGHER_POST, "2026-03-01", "2028-06-15", "R-12.3, R-12.4"));
    }

    @Test
    void disciplineOnLightMeasure_addsPromotionBanFromDisciplineDate_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.ADMONISHMENT_TALK, MAR_1, List.of(new DisciplineImposed("PARTY_WARNING", d("2026-04-10"))));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-04-10", "2027-04-10", "R-12.4"));
    }

    @Test
    void disciplineOnCirculatedCriticism_addsPromotionBan_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.CIRCULATED_CRITICISM,
                d("2026-08-31"),
                List.of(new DisciplineImposed("GOV_WARNING", d("2026-08-31"))));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-08-31", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-08-31", "2027-03-01", "R-12.4"));
    }

    @Test
    void severalDisciplinesOnLightMeasure_mergeIntoOneRowFromEarliestToLatest_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.CRITICISM_EDUCATION,
                MAR_1,
                List.of(
                        new DisciplineImposed("PARTY_WARNING", d("2026-04-10")),
                        new DisciplineImposed("GOV_MAJOR_DEMERIT", d("2026-03-20"))));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-03-20", "2027-09-20", "R-12.4"));
    }

    @Test
    void severalDisciplinesOnReassignment_longestGoverns_R12_4() {
        List<RestrictionPeriod> periods = calculator.compute(
                Measure.REASSIGNMENT,
                MAR_1,
                List.of(
                        new DisciplineImposed("GOV_WARNING", MAR_1),
                        new DisciplineImposed("PARTY_SERIOUS_WARNING", MAR_1),
                        new DisciplineImposed("GOV_DEMERIT", MAR_1)));
        assertThat(periods)
                .containsExactly(
                        period(AWARD_INELIGIBLE, "2026-03-01", "2027-01-01", "R-12.1"),
                        period(NO_PROMOTION, "2026-03-01", "2027-09-01", "R-12.2, R-12.4"));
    }

    @Test
    void output_isOrderedAwardPromotionPostHigherPost_R12_4() {
        assertThat(calculator.compute(
                        Measure.REMOVAL, MAR_1, List.of(new DisciplineImposed("PARTY_POST_REVOCATION", MAR_1))))
                .extracting(RestrictionPeriod::type)
                .containsExactly(AWARD_INELIGIBLE, NO_POST, NO_HIGHER_POST);
        assertThat(calculator.compute(
                        Measure.CRITICISM_EDUCATION, MAR_1, List.of(new DisciplineImposed("GOV_DEMERIT", MAR_1))))
                .extracting(RestrictionPeriod::type)
                .containsExactly(AWARD_INELIGIBLE, NO_PROMOTION);
    }

    @Test
    void missingMeasureOrDate_isRejectedWithFieldName_R12_0() {
        assertThatThrownBy(() -> calculator.compute(null, MAR_1, List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("measure");
                    assertThat(e.messageZh()).isEqualTo("未确定问责方式");
                });
        assertThatThrownBy(() -> calculator.compute(Measure.REMOVAL, null, List.of()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("effectiveDate");
                    assertThat(e.messageZh()).isEqualTo("未填写问责决定生效日期");
                });
    }

    @Test
    void unknownDisciplineType_isRejectedWithItsIndex_R12_4() {
        assertThatThrownBy(() -> calculator.compute(
                        Measure.REASSIGNMENT,
                        MAR_1,
                        List.of(
                                new DisciplineImposed("GOV_WARNING", MAR_1),
                                new DisciplineImposed("EXPULSION_FROM_MARS", MAR_1))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("disciplines[1].type");
                    assertThat(e.getMessage()).contains("EXPULSION_FROM_MARS");
                    assertThat(e.messageZh()).contains("EXPULSION_FROM_MARS").contains("未配置影响期");
                });
    }

    @Test
    void disciplineWithoutDate_isRejected_R12_4() {
        assertThatThrownBy(() -> calculator.compute(
                        Measure.REASSIGNMENT, MAR_1, List.of(new DisciplineImposed("GOV_WARNING", null))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("disciplines[0].effectiveDate"));
    }

    @Test
    void influencePeriodsFromCommissionData_changeTheResultWithoutCode_R14() {
        String json = """
                {"disciplines":[{"type":"GOV_WARNING","labelZh":"警告","months":30}]}""";
        RestrictionCalculator custom = new RestrictionCalculator(
                DisciplineCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertThat(custom.compute(Measure.REASSIGNMENT, MAR_1, List.of(new DisciplineImposed("GOV_WARNING", MAR_1)))
                        .get(1))
                .isEqualTo(period(NO_PROMOTION, "2026-03-01", "2028-09-01", "R-12.2, R-12.4"));
    }

    @ParameterizedTest(name = "{0} blocks {1}: {2}")
    @CsvSource({
        "AWARD_INELIGIBLE, PROMOTION, false",
        "AWARD_INELIGIBLE, APPOINTMENT, false",
        "AWARD_INELIGIBLE, AWARD, true",
        "NO_PROMOTION, PROMOTION, true",
        "NO_PROMOTION, APPOINTMENT, false",
        "NO_PROMOTION, AWARD, false",
        "NO_POST, PROMOTION, true",
        "NO_POST, APPOINTMENT, true",
        "NO_POST, AWARD, false",
        "NO_HIGHER_POST, PROMOTION, true",
        "NO_HIGHER_POST, APPOINTMENT, false",
        "NO_HIGHER_POST, AWARD, false",
    })
    void restrictionType_blocksExactlyItsActions_R12_5(
            RestrictionType type, EligibilityAction action, boolean blocked) {
        assertThat(type.blocks(action)).isEqualTo(blocked);
    }

    @Test
    void removal_blocksAnyPostForOneYear_R12_3() {
        List<RestrictionPeriod> periods = calculator.compute(Measure.REMOVAL, MAR_1, List.of());
        assertThat(periods.stream().anyMatch(p -> p.blocks(EligibilityAction.APPOINTMENT, d("2026-03-01"))))
                .isTrue();
        assertThat(periods.stream().anyMatch(p -> p.blocks(EligibilityAction.APPOINTMENT, d("2027-02-28"))))
                .isTrue();
        assertThat(periods.stream().anyMatch(p -> p.blocks(EligibilityAction.APPOINTMENT, d("2027-03-01"))))
                .isFalse();
    }

    @Test
    void removal_blocksPromotionForTwoYears_R12_3() {
        List<RestrictionPeriod> periods = calculator.compute(Measure.REMOVAL, MAR_1, List.of());
        assertThat(periods.stream().anyMatch(p -> p.blocks(EligibilityAction.PROMOTION, d("2027-03-01"))))
                .isTrue();
        assertThat(periods.stream().anyMatch(p -> p.blocks(EligibilityAction.PROMOTION, d("2028-02-29"))))
                .isTrue();
        assertThat(periods.stream().anyMatch(p -> p.blocks(EligibilityAction.PROMOTION, d("2028-03-01"))))
                .isFalse();
    }

    @Test
    void covers_isHalfOpen_fromIncludedUntilExcluded_R12_0() {
        RestrictionPeriod p = period(NO_PROMOTION, "2026-03-01", "2027-03-01", "R-12.2");
        assertThat(p.covers(d("2026-02-28"))).isFalse();
        assertThat(p.covers(d("2026-03-01"))).isTrue();
        assertThat(p.covers(d("2027-02-28"))).isTrue();
        assertThat(p.covers(d("2027-03-01"))).isFalse();
        assertThat(p.covers(null)).isFalse();
        assertThat(p.lastDay()).isEqualTo(d("2027-02-28"));
    }

    @Test
    void restrictionLabels_areTheSeedWording_R12_1() {
        assertThat(AWARD_INELIGIBLE.labelZh()).isEqualTo("取消当年评优评先资格");
        assertThat(NO_PROMOTION.labelZh()).isEqualTo("不得提拔使用");
        assertThat(NO_POST.labelZh()).isEqualTo("不安排职务");
        assertThat(NO_HIGHER_POST.labelZh()).isEqualTo("不得担任高于原任职务层次的职务");
    }
}
