package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReferralRoutingTest {

    @Test
    void inPost_decisionIsDelivered_restrictionsScheduled_R10_1() {
        assertThat(ReferralRouting.route(EmploymentStatus.IN_POST, false, false))
                .isEqualTo(new Referral(ReferralRoute.DELIVER_DECISION, false, false, true, List.of("R-10")));
    }

    @Test
    void transferredWithinCounty_commissionHoldsAccountable_R11_1() {
        assertThat(ReferralRouting.route(EmploymentStatus.TRANSFERRED_IN_COUNTY, false, false))
                .isEqualTo(new Referral(ReferralRoute.COMMISSION_HANDLES, false, false, true, List.of("R-11.1")));
    }

    @Test
    void leftCounty_recommendedToEmployer_noCountyRestrictions_R11_2() {
        assertThat(ReferralRouting.route(EmploymentStatus.LEFT_COUNTY, false, false))
                .isEqualTo(new Referral(ReferralRoute.RECOMMEND_TO_EMPLOYER, false, false, false, List.of("R-11.2")));
    }

    @Test
    void retired_decisionRecorded_noPostRestriction_R11_3() {
        assertThat(ReferralRouting.route(EmploymentStatus.RETIRED, false, false))
                .isEqualTo(new Referral(ReferralRoute.RECORD_RETIREMENT, false, false, false, List.of("R-11.3")));
    }

    @Test
    void resigned_decisionRecorded_restrictionsKeptForReEmployment_R11_4() {
        assertThat(ReferralRouting.route(EmploymentStatus.RESIGNED, false, false))
                .isEqualTo(new Referral(ReferralRoute.RECORD_RESIGNATION, false, false, true, List.of("R-10")));
    }

    @Test
    void crimeSuspectedInPost_transferredToJudicialOrgans_R10_5() {
        Referral referral = ReferralRouting.route(EmploymentStatus.IN_POST, true, false);
        assertThat(referral.judicialTransfer()).isTrue();
        assertThat(referral.route()).isEqualTo(ReferralRoute.DELIVER_DECISION);
        assertThat(referral.basis()).containsExactly("R-10", "R-10.5");
    }

    @ParameterizedTest(name = "{0} with crime → {1}, restrictions {2}")
    @CsvSource({
        "TRANSFERRED_IN_COUNTY, COMMISSION_HANDLES, true, R-11.1",
        "LEFT_COUNTY, RECOMMEND_TO_EMPLOYER, false, R-11.2",
        "RETIRED, RECORD_RETIREMENT, false, R-11.3",
        "RESIGNED, RECORD_RESIGNATION, true, R-10",
    })
    void crimeSuspectedAfterLeaving_criminalLeadsGoToJudicialOrgans_R11_4(
            EmploymentStatus status, ReferralRoute route, boolean schedule, String routeBasis) {
        assertThat(ReferralRouting.route(status, true, false))
                .isEqualTo(new Referral(route, true, false, schedule, List.of(routeBasis, "R-11.4")));
    }

    @ParameterizedTest
    @EnumSource(EmploymentStatus.class)
    void crimeSuspected_inAnyStatus_meansJudicialTransfer_R10_5_R11_4(EmploymentStatus status) {
        assertThat(ReferralRouting.route(status, true, false).judicialTransfer())
                .isTrue();
        assertThat(ReferralRouting.route(status, false, false).judicialTransfer())
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(EmploymentStatus.class)
    void disciplineDue_isReferredInAnyStatus_R10_4(EmploymentStatus status) {
        Referral referral = ReferralRouting.route(status, false, true);
        assertThat(referral.disciplineReferral()).isTrue();
        assertThat(referral.basis()).contains("R-10.4");
        assertThat(ReferralRouting.route(status, false, false).disciplineReferral())
                .isFalse();
    }

    @Test
    void crimeAndDiscipline_together_bothRecorded_R10_4_R10_5() {
        assertThat(ReferralRouting.route(EmploymentStatus.IN_POST, true, true))
                .isEqualTo(new Referral(
                        ReferralRoute.DELIVER_DECISION, true, true, true, List.of("R-10", "R-10.4", "R-10.5")));
    }

    @Test
    void employmentStatuses_haveChineseLabels_R11_1() {
        assertThat(EmploymentStatus.TRANSFERRED_IN_COUNTY.labelZh()).isEqualTo("已调离，仍在县内工作");
        assertThat(EmploymentStatus.RETIRED.labelZh()).isEqualTo("已退休");
        assertThat(ReferralRoute.COMMISSION_HANDLES.labelZh()).isEqualTo("由县纪委监委监察局问责");
    }

    @Test
    void missingStatus_isRejected_R11_1() {
        assertThatThrownBy(() -> ReferralRouting.route(null, false, false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("employmentStatus"));
    }

    @ParameterizedTest(name = "{0}, {1} → tracked {2}")
    @CsvSource({
        "DELIVER_DECISION, CIRCULATED_CRITICISM, true",
        "COMMISSION_HANDLES, CIRCULATED_CRITICISM, true",
        "RECOMMEND_TO_EMPLOYER, CIRCULATED_CRITICISM, false",
        "RECORD_RETIREMENT, CIRCULATED_CRITICISM, false",
        "RECORD_RESIGNATION, CIRCULATED_CRITICISM, false",
        "DELIVER_DECISION, CRITICISM_EDUCATION, false",
        "DELIVER_DECISION, REMOVAL, false",
        "COMMISSION_HANDLES, REASSIGNMENT, false",
    })
    void rectification_isTrackedWhereTheCountyCarriesOutTheHeavierGrade_R10_2(
            ReferralRoute route, Measure measure, boolean tracked) {
        assertThat(ReferralRouting.tracksRectification(route, measure)).isEqualTo(tracked);
    }
}
