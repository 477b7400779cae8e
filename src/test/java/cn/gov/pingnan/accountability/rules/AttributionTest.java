package cn.gov.pingnan.accountability.rules;

import static cn.gov.pingnan.accountability.rules.ResponsibilityType.DECISION;
import static cn.gov.pingnan.accountability.rules.ResponsibilityType.EXECUTION;
import static cn.gov.pingnan.accountability.rules.ResponsibilityType.LEADERSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionTest {

    private static Respondent person(String id, String name, CaseRole role) {
        return Respondent.person(
                id,
                name,
                "思旺镇人民政府",
                "干部",
                PersonCategory.ADMINISTRATIVE_ORGAN,
                ManagementLevel.TOWNSHIP,
                EmploymentStatus.IN_POST,
                null,
                role);
    }

    private static final Respondent SECRETARY = person("p-secretary", "镇党委书记甲", null);
    private static final Respondent MAYOR = person("p-mayor", "镇长乙", null);
    private static final Respondent TOWNSHIP = Respondent.unit(
            "u-siwang", "思旺镇", PersonCategory.ADMINISTRATIVE_ORGAN, ManagementLevel.COUNTY, SECRETARY, MAYOR);
    private static final Respondent CLERK = person("p-clerk", "经办人丙", CaseRole.EXECUTING_STAFF);
    private static final Respondent ACCEPTOR = person("p-acceptor", "验收人丁", null);

    @Test
    void unitHeldAccountable_yieldsBothPartyAndAdministrativeHead_R4_1() {
        List<AttributedRespondent> result = Attribution.expand(List.of(TOWNSHIP), List.of(), false);
        assertThat(result)
                .extracting(
                        AttributedRespondent::personId,
                        AttributedRespondent::responsibility,
                        AttributedRespondent::basis)
                .containsExactly(
                        tuple("u-siwang", LEADERSHIP, List.of("R-3.1")),
                        tuple("p-secretary", LEADERSHIP, List.of("R-4.1")),
                        tuple("p-mayor", LEADERSHIP, List.of("R-4.1")));
        assertThat(result.get(1).respondent()).isSameAs(SECRETARY);
    }

    @Test
    void unitWithoutPartyHead_isRejected_R4_1() {
        Respondent headless =
                Respondent.unit("u-x", "某局", PersonCategory.ADMINISTRATIVE_ORGAN, ManagementLevel.COUNTY, null, MAYOR);
        assertThatThrownBy(() -> Attribution.expand(List.of(CLERK, headless), List.of(), false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("respondents[1].partyHead");
                    assertThat(e.messageZh()).isEqualTo("单位“某局”未填写党组织主要负责人，党政同责须同时问责党政主要负责人（第四条）");
                });
    }

    @Test
    void unitWithoutAdministrativeHead_isRejected_R4_1() {
        Respondent headless = Respondent.unit(
                "u-x", "某局", PersonCategory.ADMINISTRATIVE_ORGAN, ManagementLevel.COUNTY, SECRETARY, null);
        assertThatThrownBy(() -> Attribution.expand(List.of(headless), List.of(), false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("respondents[0].adminHead"));
    }

    @Test
    void unitHeadsWithoutId_areRejected_R4_1() {
        Respondent noId = person(" ", "无编号", null);
        Respondent unit = Respondent.unit(
                "u-x", "某局", PersonCategory.ADMINISTRATIVE_ORGAN, ManagementLevel.COUNTY, SECRETARY, noId);
        assertThatThrownBy(() -> Attribution.expand(List.of(unit), List.of(), false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("respondents[0].adminHead.personId"));
    }

    @Test
    void samePersonHeadingPartyAndAdministration_isListedOnce_R4_1() {
        Respondent villageHead = person("p-village", "村支书兼村主任", null);
        Respondent village = Respondent.unit(
                "u-village",
                "某村委会",
                PersonCategory.GRASSROOTS_ORGANIZATION,
                ManagementLevel.TOWNSHIP,
                villageHead,
                villageHead);
        assertThat(Attribution.expand(List.of(village), List.of(), false))
                .extracting(AttributedRespondent::personId)
                .containsExactly("u-village", "p-village");
    }

    @Test
    void signatory_becomesRespondentWithExecutionResponsibility_R4_2() {
        List<AttributedRespondent> result =
                Attribution.expand(List.of(), List.of(Signatory.of(ACCEPTOR, "某道路硬化项目验收单")), false);
        assertThat(result).containsExactly(new AttributedRespondent(ACCEPTOR, EXECUTION, List.of("R-4.2")));
    }

    @Test
    void signatory_excludedWithWrittenReason_isNotARespondent_R4_2() {
        Signatory excluded = Signatory.of(ACCEPTOR, "验收单")
                .excludedBecause(SignatoryExclusionReason.OBJECTION_RECORDED, "签字时已在验收单上书面注明不同意验收");
        List<AttributedRespondent> result = Attribution.expand(List.of(CLERK), List.of(excluded), false);
        assertThat(result).extracting(AttributedRespondent::personId).containsExactly("p-clerk");
    }

    @Test
    void signatory_excludedWithCodeButNoWrittenReason_isRejected_R4_2() {
        Signatory excluded =
                Signatory.of(ACCEPTOR, "验收单").excludedBecause(SignatoryExclusionReason.OBJECTION_RECORDED, " ");
        assertThatThrownBy(() -> Attribution.expand(List.of(), List.of(excluded), false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("signatories[0].exclusionReason");
                    assertThat(e.messageZh()).isEqualTo("不将签字人验收人丁列为被问责对象的，须书面说明理由（谁签字、谁负责）");
                });
    }

    @Test
    void thirdPartyAcceptanceCode_isRefusedAsExclusionReason_R9() {
        Signatory excluded = Signatory.of(ACCEPTOR, "验收单")
                .excludedBecause(SignatoryExclusionReason.THIRD_PARTY_ACCEPTANCE, "项目已由监理公司验收合格");
        assertThatThrownBy(() -> Attribution.expand(List.of(), List.of(excluded), false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("signatories[0].exclusionReason");
                    assertThat(e.messageZh()).isEqualTo("第三方验收结论只能作为参考，不能免除验收人丁的责任，不得作为不予问责的理由（第九条）");
                    assertThat(e.getMessage()).contains("third-party acceptance");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "该项目已经第三方机构验收合格",
                "第三方 验收报告结论为合格",
                "Accepted by a third party",
                "the third-party acceptance report was positive"
            })
    void thirdPartyAcceptanceInFreeText_isRefusedAsExclusionReason_R9(String reason) {
        Signatory excluded = Signatory.of(ACCEPTOR, "验收单").excludedBecause(SignatoryExclusionReason.OTHER, reason);
        assertThatThrownBy(() -> Attribution.expand(List.of(), List.of(excluded), false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.field()).isEqualTo("signatories[0].exclusionReason"));
    }

    @Test
    void reasonNotAboutThirdPartyAcceptance_isAccepted_R9() {
        assertThat(Attribution.citesThirdPartyAcceptance(
                        SignatoryExclusionReason.SIGNATURE_NOT_GENUINE, "笔迹鉴定确认签名系他人代签"))
                .isFalse();
        assertThat(Attribution.citesThirdPartyAcceptance(null, null)).isFalse();
        assertThatCode(() -> Attribution.expand(
                        List.of(),
                        List.of(Signatory.of(ACCEPTOR, "验收单")
                                .excludedBecause(SignatoryExclusionReason.SIGNATURE_NOT_GENUINE, "笔迹鉴定确认签名系他人代签")),
                        false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("respondents"));
    }

    @Test
    void personNamedAndSigning_isListedOnce_withStrongestResponsibilityAndBothBases_R4_2() {
        Respondent leader = person("p-leader", "分管副镇长", CaseRole.LEADER);
        List<AttributedRespondent> result = Attribution.expand(
                List.of(leader, CLERK),
                List.of(Signatory.of(leader.withRole(null), "审批表"), Signatory.of(CLERK, "申报表")),
                false);
        assertThat(result)
                .extracting(
                        AttributedRespondent::personId,
                        AttributedRespondent::responsibility,
                        AttributedRespondent::basis)
                .containsExactly(
                        tuple("p-leader", LEADERSHIP, List.of("R-3.1", "R-4.2")),
                        tuple("p-clerk", EXECUTION, List.of("R-3.1", "R-4.2")));
    }

    @Test
    void unitHeadAlsoSignatory_isDeduplicated_R4_1_R4_2() {
        List<AttributedRespondent> result = Attribution.expand(
                List.of(TOWNSHIP), List.of(Signatory.of(MAYOR, "项目审批表"), Signatory.of(MAYOR, "资金拨付单")), false);
        assertThat(result)
                .extracting(AttributedRespondent::personId)
                .containsExactly("u-siwang", "p-secretary", "p-mayor");
        assertThat(result.get(2).basis()).containsExactly("R-4.1", "R-4.2");
        assertThat(result.get(2).responsibility()).isEqualTo(LEADERSHIP);
    }

    @Test
    void collectiveDecision_topLeaderCarriesDecisionResponsibility_staffExecution_R8() {
        Respondent topLeader = person("p-top", "局长", CaseRole.TOP_LEADER);
        Respondent member = person("p-member", "班子成员", CaseRole.DECISION_PARTICIPANT);
        List<AttributedRespondent> result = Attribution.expand(List.of(topLeader, member, CLERK), List.of(), true);
        assertThat(result)
                .extracting(AttributedRespondent::personId, AttributedRespondent::responsibility)
                .containsExactly(tuple("p-top", DECISION), tuple("p-member", DECISION), tuple("p-clerk", EXECUTION));
    }

    @Test
    void collectiveDecisionOfUnit_partyHeadIsTheTopLeader_R8() {
        List<AttributedRespondent> result = Attribution.expand(List.of(TOWNSHIP), List.of(), true);
        assertThat(result)
                .extracting(AttributedRespondent::personId, AttributedRespondent::responsibility)
                .containsExactly(
                        tuple("u-siwang", LEADERSHIP), tuple("p-secretary", DECISION), tuple("p-mayor", LEADERSHIP));
    }

    @Test
    void responsibilityOfRoles_withAndWithoutCollectiveDecision_R8() {
        assertThat(Attribution.responsibilityOf(CaseRole.TOP_LEADER, true)).isEqualTo(DECISION);
        assertThat(Attribution.responsibilityOf(CaseRole.TOP_LEADER, false)).isEqualTo(LEADERSHIP);
        assertThat(Attribution.responsibilityOf(CaseRole.DECISION_PARTICIPANT, false))
                .isEqualTo(DECISION);
        assertThat(Attribution.responsibilityOf(CaseRole.LEADER, true)).isEqualTo(LEADERSHIP);
        assertThat(Attribution.responsibilityOf(CaseRole.EXECUTING_STAFF, true)).isEqualTo(EXECUTION);
        assertThat(DECISION.labelZh()).isEqualTo("决策责任");
        assertThat(LEADERSHIP.labelZh()).isEqualTo("领导责任");
        assertThat(EXECUTION.labelZh()).isEqualTo("经办责任");
    }

    @Test
    void namedPersonWithoutRole_isRejected_R8() {
        assertThatThrownBy(() -> Attribution.expand(List.of(person("p-1", "张三", null)), List.of(), false))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("respondents[0].role");
                    assertThat(e.messageZh()).isEqualTo("未填写张三在问题中的角色，无法认定责任类型（第八条）");
                });
    }

    @Test
    void invalidEntries_nameTheirField_R4_2() {
        assertThatThrownBy(() -> Attribution.expand(List.of(), List.of(new Signatory(null, "x", null, null)), false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("signatories[0].person"));
        assertThatThrownBy(() -> Attribution.expand(List.of(), List.of(Signatory.of(TOWNSHIP, "x")), false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("signatories[0].person"));
        assertThatThrownBy(() -> Attribution.expand(null, null, false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("respondents"));
        assertThatThrownBy(() -> Attribution.expand(List.of(person("", "无编号", CaseRole.LEADER)), List.of(), false))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("respondents[0].personId"));
    }
}
