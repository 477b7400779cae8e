package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RespondentIntakeCheckTest {

    @Test
    void completePersonInScope_isComplete_R3_1() {
        RespondentIntakeCheck.Result r = RespondentIntakeCheck.check(
                "张三",
                RespondentKind.PERSON,
                "P001",
                PersonCategory.ADMINISTRATIVE_ORGAN,
                ManagementLevel.TOWNSHIP,
                EmploymentStatus.IN_POST,
                null);
        assertThat(r.complete()).isTrue();
        assertThat(r.scope().inScope()).isTrue();
    }

    @Test
    void missingKind_stopsTheCheck_R3_1() {
        RespondentIntakeCheck.Result r = RespondentIntakeCheck.check("张三", null, null, null, null, null, null);
        assertThat(r.scope()).isNull();
        assertThat(r.missing()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("kind");
            assertThat(e.messageZh()).isEqualTo("张三：未选择单位或工作人员");
        });
    }

    @Test
    void missingId_namesTheUnitsCreditCode_orThePersonsId_R3_1() {
        assertThat(RespondentIntakeCheck.check(
                                "某镇政府",
                                RespondentKind.UNIT,
                                " ",
                                PersonCategory.ADMINISTRATIVE_ORGAN,
                                ManagementLevel.COUNTY,
                                null,
                                null)
                        .missing())
                .extracting(RuleViolationException::messageZh)
                .containsExactly("某镇政府：未填写单位统一社会信用代码");
        assertThat(RespondentIntakeCheck.check(
                                "张三",
                                RespondentKind.PERSON,
                                null,
                                PersonCategory.ADMINISTRATIVE_ORGAN,
                                ManagementLevel.COUNTY,
                                EmploymentStatus.IN_POST,
                                null)
                        .missing())
                .extracting(RuleViolationException::messageZh)
                .containsExactly("张三：未填写身份证号或人员编号");
    }

    @Test
    void outOfScope_needsNoDecisionData_andKeepsTheReason_R3_2() {
        RespondentIntakeCheck.Result r = RespondentIntakeCheck.check(
                "李四", RespondentKind.PERSON, "X001", PersonCategory.OUT_OF_SCOPE, null, null, null);
        assertThat(r.complete()).isTrue();
        assertThat(r.scope().inScope()).isFalse();
        assertThat(r.scope().reasonZh()).contains("不属于本办法第三条所列适用范围");
    }

    @Test
    void inScope_withoutDecisionData_listsWhatIsMissing_R13_1_R11() {
        assertThat(RespondentIntakeCheck.check(
                                "张三",
                                RespondentKind.PERSON,
                                "P001",
                                PersonCategory.ADMINISTRATIVE_ORGAN,
                                null,
                                EmploymentStatus.LEFT_COUNTY,
                                null)
                        .missing())
                .extracting(RuleViolationException::field)
                .containsExactly("managementLevel", "currentEmployer");
    }
}
