package cn.gov.pingnan.accountability.rules;

import static cn.gov.pingnan.accountability.rules.Measure.ADMONISHMENT_TALK;
import static cn.gov.pingnan.accountability.rules.Measure.CIRCULATED_CRITICISM;
import static cn.gov.pingnan.accountability.rules.Measure.CRITICISM_EDUCATION;
import static cn.gov.pingnan.accountability.rules.Measure.REASSIGNMENT;
import static cn.gov.pingnan.accountability.rules.Measure.REMOVAL;
import static cn.gov.pingnan.accountability.rules.SeverityGrade.HEAVIER;
import static cn.gov.pingnan.accountability.rules.SeverityGrade.LIGHT;
import static cn.gov.pingnan.accountability.rules.SeverityGrade.SEVERE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SanctionGradingTest {

    @ParameterizedTest(name = "{0} + {1} → allowed {2}")
    @CsvSource({
        "LIGHT, CRITICISM_EDUCATION, true",
        "LIGHT, ADMONISHMENT_TALK, true",
        "LIGHT, CIRCULATED_CRITICISM, false",
        "LIGHT, REASSIGNMENT, false",
        "LIGHT, REMOVAL, false",
        "HEAVIER, CRITICISM_EDUCATION, false",
        "HEAVIER, ADMONISHMENT_TALK, false",
        "HEAVIER, CIRCULATED_CRITICISM, true",
        "HEAVIER, REASSIGNMENT, false",
        "HEAVIER, REMOVAL, false",
        "SEVERE, CRITICISM_EDUCATION, false",
        "SEVERE, ADMONISHMENT_TALK, false",
        "SEVERE, CIRCULATED_CRITICISM, false",
        "SEVERE, REASSIGNMENT, true",
        "SEVERE, REMOVAL, true",
    })
    void everyGradeMeasureCombination_acceptedOnlyWithinItsGrade_R10_1_R10_2_R10_3(
            SeverityGrade grade, Measure measure, boolean allowed) {
        assertThat(SanctionGrading.allowedMeasures(grade).contains(measure)).isEqualTo(allowed);
        if (allowed) {
            assertThatCode(() -> SanctionGrading.validate(grade, measure)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> SanctionGrading.validate(grade, measure))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.field()).isEqualTo("measure");
                        assertThat(e.messageZh())
                                .startsWith("“" + measure.labelZh() + "”属于"
                                        + measure.grade().labelZh())
                                .contains(grade.labelZh() + "只能给予");
                        assertThat(e.getMessage()).contains(measure.name()).contains(grade.name());
                    });
        }
    }

    @Test
    void allowedMeasures_perGrade_milderFirst_R10_1_R10_2_R10_3() {
        assertThat(SanctionGrading.allowedMeasures(LIGHT)).containsExactly(CRITICISM_EDUCATION, ADMONISHMENT_TALK);
        assertThat(SanctionGrading.allowedMeasures(HEAVIER)).containsExactly(CIRCULATED_CRITICISM);
        assertThat(SanctionGrading.allowedMeasures(SEVERE)).containsExactly(REASSIGNMENT, REMOVAL);
    }

    @Test
    void rejectionMessage_namesTheAllowedMeasuresInChinese_R10_1() {
        assertThatThrownBy(() -> SanctionGrading.validate(LIGHT, REMOVAL))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.messageZh()).isEqualTo("“免职”属于情节严重的问责方式，情节较轻只能给予批评教育、诫勉谈话（第十条）"));
    }

    @Test
    void propose_normallyTakesTheMilderMeasure_R10_1_R10_2_R10_3() {
        assertThat(SanctionGrading.propose(LIGHT, false)).isEqualTo(CRITICISM_EDUCATION);
        assertThat(SanctionGrading.propose(HEAVIER, false)).isEqualTo(CIRCULATED_CRITICISM);
        assertThat(SanctionGrading.propose(SEVERE, false)).isEqualTo(REASSIGNMENT);
    }

    @Test
    void propose_takesTheStricterMeasureUnderArt9Aggravation_R9() {
        assertThat(SanctionGrading.propose(LIGHT, true)).isEqualTo(ADMONISHMENT_TALK);
        assertThat(SanctionGrading.propose(HEAVIER, true)).isEqualTo(CIRCULATED_CRITICISM);
        assertThat(SanctionGrading.propose(SEVERE, true)).isEqualTo(REMOVAL);
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void rectification_onlyForCirculatedCriticism_R10_2(Measure measure) {
        assertThat(SanctionGrading.requiresRectification(measure)).isEqualTo(measure == CIRCULATED_CRITICISM);
    }

    @Test
    void heavierGrade_proposalCarriesRectificationOrder_lighterAndSevereDoNot_R4_4_R4_5() {
        assertThat(SanctionGrading.requiresRectification(SanctionGrading.propose(HEAVIER, false)))
                .isTrue();
        assertThat(SanctionGrading.requiresRectification(SanctionGrading.propose(HEAVIER, true)))
                .isTrue();
        assertThat(SanctionGrading.requiresRectification(SanctionGrading.propose(LIGHT, true)))
                .isFalse();
        assertThat(SanctionGrading.requiresRectification(SanctionGrading.propose(SEVERE, true)))
                .isFalse();
        assertThat(SanctionGrading.requiresRectification(null)).isFalse();
    }

    @Test
    void measuresAndGrades_carryTheSeedWording_R10_1_R10_2_R10_3() {
        assertThat(CRITICISM_EDUCATION.labelZh()).isEqualTo("批评教育");
        assertThat(ADMONISHMENT_TALK.labelZh()).isEqualTo("诫勉谈话");
        assertThat(CIRCULATED_CRITICISM.labelZh()).isEqualTo("通报批评");
        assertThat(REASSIGNMENT.labelZh()).isEqualTo("调离岗位");
        assertThat(REMOVAL.labelZh()).isEqualTo("免职");
        assertThat(LIGHT.labelZh()).isEqualTo("情节较轻");
        assertThat(HEAVIER.labelZh()).isEqualTo("情节较重");
        assertThat(SEVERE.labelZh()).isEqualTo("情节严重");
    }

    @Test
    void reviewChange_withinTheGrade_needsNoReason_R10_3() {
        assertThatCode(() -> SanctionGrading.validateChange(SEVERE, SEVERE, REMOVAL, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> SanctionGrading.validateChange(LIGHT, LIGHT, ADMONISHMENT_TALK, ""))
                .doesNotThrowAnyException();
    }

    @Test
    void reviewChange_ofTheGrade_requiresWrittenReason_R10_2() {
        assertThatThrownBy(() -> SanctionGrading.validateChange(LIGHT, HEAVIER, CIRCULATED_CRITICISM, "  "))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageZh()).isEqualTo("将情节认定由情节较轻改为情节较重，须填写书面理由");
                });
        assertThatCode(() -> SanctionGrading.validateChange(LIGHT, HEAVIER, CIRCULATED_CRITICISM, "涉及资金数额较大，影响恶劣"))
                .doesNotThrowAnyException();
    }

    @Test
    void reviewChange_measureMustFitTheNewGrade_R10_3() {
        assertThatThrownBy(() -> SanctionGrading.validateChange(HEAVIER, SEVERE, CIRCULATED_CRITICISM, "后果严重"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("measure"));
    }

    @Test
    void missingGradeOrMeasure_isRejected_R10_1() {
        assertThatThrownBy(() -> SanctionGrading.validate(null, REMOVAL))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grade"));
        assertThatThrownBy(() -> SanctionGrading.validate(SEVERE, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("measure"));
        assertThatThrownBy(() -> SanctionGrading.propose(null, false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("grade"));
        assertThatThrownBy(() -> SanctionGrading.validateChange(null, SEVERE, REMOVAL, "x"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("originalGrade"));
    }
}
