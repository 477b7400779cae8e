package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScopeCheckTest {

    @ParameterizedTest
    @EnumSource(value = PersonCategory.class, names = "OUT_OF_SCOPE", mode = EnumSource.Mode.EXCLUDE)
    void personInOneOfFourCategories_isInScope_R3_1(PersonCategory category) {
        ScopeDecision decision = ScopeCheck.check(RespondentKind.PERSON, category);
        assertThat(decision.inScope()).isTrue();
        assertThat(decision.reasonZh()).isEqualTo("属于本办法第三条适用范围：" + category.labelZh());
        assertThat(decision.reasonEn()).isEqualTo("In scope under Art. 3: " + category.labelEn());
    }

    @ParameterizedTest
    @EnumSource(value = PersonCategory.class, names = "OUT_OF_SCOPE", mode = EnumSource.Mode.EXCLUDE)
    void unitInOneOfFourCategories_isInScope_R3_1(PersonCategory category) {
        assertThat(ScopeCheck.check(RespondentKind.UNIT, category).inScope()).isTrue();
    }

    @Test
    void fourCategories_carryTheSeedWording_R3_1() {
        assertThat(PersonCategory.values()).hasSize(5);
        assertThat(PersonCategory.GRASSROOTS_ORGANIZATION.labelZh()).contains("计生专干、妇女主任、团支书");
        assertThat(PersonCategory.ASSIGNED_ASSISTANCE_UNIT.labelZh()).startsWith("县帮扶单位中的中、区、市直单位");
        assertThat(PersonCategory.ADMINISTRATIVE_ORGAN.labelZh()).isEqualTo("全县各级行政机关及其公务员、行政机关任命的其他人员");
        assertThat(PersonCategory.OUT_OF_SCOPE.inScope()).isFalse();
    }

    @Test
    void outOfScopePerson_isNotInScope_withReasonRecorded_R3_2() {
        ScopeDecision decision = ScopeCheck.check(RespondentKind.PERSON, PersonCategory.OUT_OF_SCOPE);
        assertThat(decision)
                .isEqualTo(
                        new ScopeDecision(
                                false,
                                "该工作人员不属于本办法第三条所列适用范围，不适用本办法问责",
                                "The person is outside the categories of Art. 3 and cannot be sanctioned under these measures"));
    }

    @Test
    void outOfScopeUnit_isNotInScope_withReasonRecorded_R3_2() {
        ScopeDecision decision = ScopeCheck.check(RespondentKind.UNIT, PersonCategory.OUT_OF_SCOPE);
        assertThat(decision.inScope()).isFalse();
        assertThat(decision.reasonZh()).isEqualTo("该单位不属于本办法第三条所列适用范围，不适用本办法问责");
    }

    @Test
    void missingCategory_isNotInScope_withReasonRecorded_R3_2() {
        ScopeDecision decision = ScopeCheck.check(RespondentKind.PERSON, null);
        assertThat(decision.inScope()).isFalse();
        assertThat(decision.reasonZh()).isEqualTo("未登记该工作人员所属类别，无法认定属于本办法第三条适用范围");
        assertThat(decision.reasonEn())
                .isEqualTo("No Art. 3 category is recorded for the person, so it is not in scope");
    }

    @Test
    void respondentRecord_isCheckedByItsKindAndCategory_R3_1() {
        Respondent villageCadre = Respondent.person(
                "p-1",
                "李四",
                "大安镇某村委会",
                "妇女主任",
                PersonCategory.GRASSROOTS_ORGANIZATION,
                ManagementLevel.TOWNSHIP,
                EmploymentStatus.IN_POST,
                null,
                CaseRole.EXECUTING_STAFF);
        assertThat(ScopeCheck.check(villageCadre).inScope()).isTrue();
        Respondent contractor = Respondent.person(
                "p-2", "王五", "某建筑公司", "项目经理", PersonCategory.OUT_OF_SCOPE, null, null, null, CaseRole.EXECUTING_STAFF);
        assertThat(ScopeCheck.check(contractor).inScope()).isFalse();
    }

    @Test
    void missingKind_isInvalidInput_R3_1() {
        assertThatThrownBy(() -> ScopeCheck.check(null, PersonCategory.ADMINISTRATIVE_ORGAN))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }
}
