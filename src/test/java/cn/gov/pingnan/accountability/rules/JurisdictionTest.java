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
        "COUNTY, county-committee",
        "TOWNSHIP, township-committee",
        "UNIT, unit-party-group",
    })
    void approval_goesToTheBodyManagingTheCadre_R13_1(ManagementLevel level, String group) {
        assertThat(Jurisdiction.approvingGroup(level, false)).isEqualTo(group);
        assertThat(Jurisdiction.approvingGroup(level.name(), false)).isEqualTo(group);
    }

    @ParameterizedTest
    @EnumSource(ManagementLevel.class)
    void takenOverByCommission_goesToCommissionLeaders_R13_2(ManagementLevel level) {
        assertThat(Jurisdiction.approvingGroup(level, true)).isEqualTo("commission-leaders");
    }

    @Test
    void gradedResponsibility_eachLevelHasItsOwnApprovingBody_R4_3() {
        assertThat(java.util.Arrays.stream(ManagementLevel.values()).map(l -> Jurisdiction.approvingGroup(l, false)))
                .containsExactly("county-committee", "township-committee", "unit-party-group")
                .doesNotContain(Jurisdiction.COMMISSION_LEADERS);
    }

    @Test
    void managementLevels_haveChineseLabels_R13_1() {
        assertThat(ManagementLevel.COUNTY.labelZh()).isEqualTo("县管干部");
        assertThat(ManagementLevel.TOWNSHIP.labelZh()).isEqualTo("乡镇管理");
        assertThat(ManagementLevel.UNIT.labelZh()).isEqualTo("单位管理");
    }

    @Test
    void missingOrUnknownLevel_isRejected_R13_1() {
        assertThatThrownBy(() -> Jurisdiction.approvingGroup((ManagementLevel) null, false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("managementLevel");
                    assertThat(e.messageZh()).isEqualTo("未填写被问责对象的干部管理权限");
                });
        assertThatThrownBy(() -> Jurisdiction.approvingGroup((ManagementLevel) null, true))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Jurisdiction.approvingGroup("PROVINCE", false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("managementLevel");
                    assertThat(e.getMessage()).isEqualTo("Unknown management level 'PROVINCE'");
                });
        assertThatThrownBy(() -> Jurisdiction.approvingGroup(" ", false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("managementLevel"));
    }
}
