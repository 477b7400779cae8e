package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RespondentDataCheckTest {

    @Test
    void completePerson_missesNothing_R13_1_R11() {
        assertThat(RespondentDataCheck.missing(
                        "张三", RespondentKind.PERSON, ManagementLevel.TOWNSHIP, EmploymentStatus.IN_POST, null))
                .isEmpty();
    }

    @Test
    void missingLevel_namesTheApprovalArticle_R13_1() {
        assertThat(RespondentDataCheck.missing("张三", RespondentKind.PERSON, null, EmploymentStatus.IN_POST, null))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("managementLevel");
                    assertThat(e.messageZh()).isEqualTo("张三：未选择干部管理权限（第十三条）");
                });
    }

    @Test
    void missingStatus_ofAPerson_namesArticle11_R11() {
        assertThat(RespondentDataCheck.missing("张三", RespondentKind.PERSON, ManagementLevel.COUNTY, null, null))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.field()).isEqualTo("employmentStatus");
                    assertThat(e.messageZh()).isEqualTo("张三：未选择现任职状态（第十一条）");
                });
    }

    @Test
    void unit_needsNoEmploymentStatus_R11() {
        assertThat(RespondentDataCheck.missing("某镇政府", RespondentKind.UNIT, ManagementLevel.COUNTY, null, null))
                .isEmpty();
    }

    @Test
    void movedPerson_needsTheCurrentEmployer_R11_1_R11_2() {
        for (EmploymentStatus moved :
                new EmploymentStatus[] {EmploymentStatus.LEFT_COUNTY, EmploymentStatus.TRANSFERRED_IN_COUNTY}) {
            assertThat(RespondentDataCheck.missing("张三", RespondentKind.PERSON, ManagementLevel.COUNTY, moved, " "))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("currentEmployer");
                        assertThat(e.messageZh()).isEqualTo("张三：已调离，须填写现工作单位");
                    });
            assertThat(RespondentDataCheck.missing("张三", RespondentKind.PERSON, ManagementLevel.COUNTY, moved, "某局"))
                    .isEmpty();
        }
    }

    @Test
    void everyMissingItem_isReported_inOrder() {
        assertThat(RespondentDataCheck.missing("张三", RespondentKind.PERSON, null, null, null))
                .extracting(RuleViolationException::field)
                .containsExactly("managementLevel", "employmentStatus");
    }
}
