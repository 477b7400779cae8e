package cn.gov.pingnan.accountability.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pingnan.accountability.rules.AttributedRespondent;
import cn.gov.pingnan.accountability.rules.CaseRole;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.Respondent;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.ResponsibilityType;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.ScopeDecision;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of the process variables stays as it was before the records (running cases, the forms and the
 * walkthrough read it): same keys in the same order, same enum names, same nulls.
 */
class CaseFileMapperTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void accountable_writesEveryKeyInItsOrder_nullsIncluded() {
        Respondent person = Respondent.person(
                "P001",
                "张三",
                null,
                null,
                PersonCategory.ADMINISTRATIVE_ORGAN,
                ManagementLevel.TOWNSHIP,
                EmploymentStatus.IN_POST,
                null,
                CaseRole.EXECUTING_STAFF);
        Finding finding = new Finding(
                null, "张三", "P001", null, null, null, null, null, null, null, "HEAVIER", true, null, null, null, null,
                null, null, null, null, null, null, null, null);
        Accountable a = Accountable.of(
                new AttributedRespondent(person, ResponsibilityType.EXECUTION, List.of("R-8")),
                finding,
                SeverityGrade.HEAVIER,
                EmploymentStatus.IN_POST);
        assertThat(CaseFileMapper.tree(a).toString())
                .isEqualTo("{\"personId\":\"P001\",\"name\":\"张三\",\"kind\":\"PERSON\",\"unit\":null,\"post\":null,"
                        + "\"category\":\"ADMINISTRATIVE_ORGAN\",\"managementLevel\":\"TOWNSHIP\","
                        + "\"employmentStatus\":\"IN_POST\",\"currentEmployer\":null,\"responsibility\":\"EXECUTION\","
                        + "\"responsibilityZh\":\"经办责任\",\"basis\":\"R-8\",\"severityGrade\":\"HEAVIER\","
                        + "\"aggravatedArt9\":true,\"disciplineDue\":false,\"crimeSuspected\":false}");
        assertThat(CaseFileMapper.read(CaseFileMapper.tree(a), Accountable.class, "respondent"))
                .isEqualTo(a);
    }

    @Test
    void scopeEntry_writesTheReasonAndNullIds() {
        ScopeEntry e = ScopeEntry.of("李四", null, RespondentKind.UNIT, new ScopeDecision(false, "不属于", "outside"));
        assertThat(CaseFileMapper.tree(List.of(e)).toString())
                .isEqualTo(
                        "[{\"name\":\"李四\",\"personId\":null,\"kind\":\"UNIT\",\"inScope\":false,\"reason\":\"不属于\"}]");
    }

    @Test
    void restrictionEntry_writesDatesAsIsoDays() {
        RestrictionEntry e = new RestrictionEntry(
                7L,
                RestrictionType.AWARD_INELIGIBLE,
                "取消当年评优评先资格",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2027, 1, 1),
                "R-12.1");
        assertThat(CaseFileMapper.tree(e).toString())
                .isEqualTo("{\"id\":7,\"type\":\"AWARD_INELIGIBLE\",\"label\":\"取消当年评优评先资格\","
                        + "\"from\":\"2026-03-02\",\"until\":\"2027-01-01\",\"basis\":\"R-12.1\"}");
    }

    @Test
    void findingOfTheIntake_keepsTheSubmittedKeys_withoutEmptyOnes() throws Exception {
        IntakeRespondent r = CaseFileMapper.read(
                json("{\"kind\":\"PERSON\",\"name\":\" 张三 \",\"personId\":\"P001\",\"unit\":\"\","
                        + "\"managementLevel\":\"TOWNSHIP\",\"employmentStatus\":\"IN_POST\",\"extra\":1}"),
                IntakeRespondent.class,
                "respondents[0]");
        assertThat(CaseFileMapper.tree(r.toFinding(RespondentKind.PERSON)).toString())
                .isEqualTo(
                        "{\"kind\":\"PERSON\",\"name\":\"张三\",\"personId\":\"P001\",\"managementLevel\":\"TOWNSHIP\","
                                + "\"employmentStatus\":\"IN_POST\"}");
    }

    @Test
    void submittedFinding_isCompletedFromTheIntake_theFormWins() throws Exception {
        IntakeRespondent intake = new IntakeRespondent(
                "PERSON", "张三", "P001", "某镇", "站长", "ADMINISTRATIVE_ORGAN", "TOWNSHIP", "IN_POST", null);
        Finding submitted = CaseFileMapper.read(
                json("{\"personId\":\"P001\",\"name\":\"张三丰\",\"severityGrade\":\"LIGHT\",\"crimeSuspected\":true}"),
                Finding.class,
                "findings[0]");
        Finding f = submitted.completedFrom(intake);
        assertThat(f.name()).isEqualTo("张三丰");
        assertThat(f.unit()).isEqualTo("某镇");
        assertThat(f.managementLevel()).isEqualTo("TOWNSHIP");
        assertThat(f.crimeIsSuspected()).isTrue();
        assertThat(f.aggravated()).isFalse();
        assertThat(f.toRespondent("findings[0]").managementLevel()).isEqualTo(ManagementLevel.TOWNSHIP);
    }

    @Test
    void signatory_readsTheFormKeysAndTheRespondentKeys_R4_2() throws Exception {
        SignatoryEntry form = CaseFileMapper.read(
                json("{\"signerName\":\"王五\",\"signerId\":\"S1\",\"signerLevel\":\"UNIT\",\"signerGrade\":\"LIGHT\"}"),
                SignatoryEntry.class,
                "signatories[0]");
        SignatoryEntry rest = CaseFileMapper.read(
                json("{\"name\":\"王五\",\"personId\":\"S1\",\"managementLevel\":\"UNIT\",\"severityGrade\":\"LIGHT\"}"),
                SignatoryEntry.class,
                "signatories[0]");
        assertThat(rest).isEqualTo(form);
        assertThat(form.toFinding().toPerson("signatories[0]").managementLevel())
                .isEqualTo(ManagementLevel.UNIT);
    }

    @Test
    void wrongValues_areRuleViolationsNamingTheField() throws Exception {
        assertThatThrownBy(() -> CaseFileMapper.readList(
                        json("[{\"name\":\"张三\"},{\"aggravatedArt9\":\"maybe\"}]"), Finding.class, "findings"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("findings[1].aggravatedArt9");
                    assertThat(e.messageZh()).contains("findings[1].aggravatedArt9");
                });
        assertThatThrownBy(() -> CaseFileMapper.readList(json("[null]"), DisciplineEntry.class, "disciplines"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("disciplines[0]"));
        assertThatThrownBy(() -> CaseFileMapper.read(json("{\"kind\":\"NOBODY\"}"), Accountable.class, "respondent"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("respondent.kind"));
        assertThatThrownBy(() -> new Finding(
                                "PERSON",
                                "张三",
                                "P1",
                                null,
                                null,
                                "NOT_A_CATEGORY",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)
                        .toRespondent("findings[0]"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("findings[0].category");
                    assertThat(e.messageZh()).isEqualTo("类别“NOT_A_CATEGORY”无效");
                });
    }
}
