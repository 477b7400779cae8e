package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JurisdictionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "COUNTY, COUNTY_COMMITTEE",
        "TOWNSHIP, TOWNSHIP_COMMITTEE",
        "UNIT, UNIT_PARTY_GROUP",
    })
    void approval_goesToTheBodyManagingTheCadre_R13_1(ManagementLevel level, ApprovingBody body) {
        assertThat(Jurisdiction.approvingBody(level, false)).isEqualTo(body);
        assertThat(Jurisdiction.approvingBody(level.name(), false)).isEqualTo(body);
    }

    @ParameterizedTest
    @EnumSource(ManagementLevel.class)
    void takenOverByCommission_goesToTheCommission_R13_2(ManagementLevel level) {
        assertThat(Jurisdiction.approvingBody(level, true)).isEqualTo(ApprovingBody.COMMISSION);
    }

    @Test
    void gradedResponsibility_eachLevelHasItsOwnApprovingBody_R4_3() {
        assertThat(java.util.Arrays.stream(ManagementLevel.values()).map(l -> Jurisdiction.approvingBody(l, false)))
                .containsExactly(
                        ApprovingBody.COUNTY_COMMITTEE,
                        ApprovingBody.TOWNSHIP_COMMITTEE,
                        ApprovingBody.UNIT_PARTY_GROUP)
                .doesNotContain(ApprovingBody.COMMISSION);
    }

    @ParameterizedTest
    @EnumSource(value = ApprovingBody.class, names = "COMMISSION", mode = EnumSource.Mode.EXCLUDE)
    void commission_isAlwaysACandidate_afterTheCompetentBody_R13_2(ApprovingBody body) {
        assertThat(Jurisdiction.candidates(body)).containsExactly(body, ApprovingBody.COMMISSION);
    }

    @Test
    void caseTakenOver_hasTheCommissionAsOnlyCandidate_R13_2() {
        assertThat(Jurisdiction.candidates(ApprovingBody.COMMISSION)).containsExactly(ApprovingBody.COMMISSION);
    }

    @Test
    void commissionDecides_whenRoutedToItOrWhenOneOfItsLeadersApproves_R13_2() {
        assertThat(Jurisdiction.decidedByCommission(ApprovingBody.COMMISSION, false))
                .isTrue();
        assertThat(Jurisdiction.decidedByCommission(ApprovingBody.TOWNSHIP_COMMITTEE, true))
                .isTrue();
        assertThat(Jurisdiction.decidedByCommission(ApprovingBody.TOWNSHIP_COMMITTEE, false))
                .isFalse();
        assertThat(Jurisdiction.decidedByCommission(null, false)).isFalse();
    }

    @Test
    void managementLevels_haveChineseLabels_R13_1() {
        assertThat(ManagementLevel.COUNTY.labelZh()).isEqualTo("县管干部");
        assertThat(ManagementLevel.TOWNSHIP.labelZh()).isEqualTo("乡镇管理");
        assertThat(ManagementLevel.UNIT.labelZh()).isEqualTo("单位管理");
    }

    @Test
    void missingOrUnknownLevel_isRejected_R13_1() {
        assertThatThrownBy(() -> Jurisdiction.approvingBody((ManagementLevel) null, false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("managementLevel");
                    assertThat(e.messageZh()).isEqualTo("未填写被问责对象的干部管理权限");
                });
        assertThatThrownBy(() -> Jurisdiction.approvingBody((ManagementLevel) null, true))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Jurisdiction.approvingBody("PROVINCE", false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("managementLevel");
                    assertThat(e.getMessage()).isEqualTo("Unknown management level 'PROVINCE'");
                });
        assertThatThrownBy(() -> Jurisdiction.approvingBody(" ", false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("managementLevel"));
    }
}
