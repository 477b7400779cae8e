package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictionStatus;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;

class AccountabilityCaseProcessTest extends ProcessTestSupport {

    private ProcessInstance openAndInvestigate(String findingsJson, String signatoriesJson, String... respondents) {
        ProcessInstance pi = startCase(intake(respondents));
        assertThat(pi).isWaitingAt("verifyLead");
        complete(pi, "verifyLead", "diaocha", Map.of(CaseVariables.VERIFICATION_DECISION, "OPEN"));
        assertThat(pi).isWaitingAt("investigateCase");
        complete(
                pi,
                "investigateCase",
                "diaocha",
                Variables.createVariables()
                        .putValue(CaseVariables.FINDINGS, json(findingsJson))
                        .putValue(CaseVariables.SIGNATORIES, json(signatoriesJson == null ? "[]" : signatoriesJson))
                        .putValue(CaseVariables.COLLECTIVE_DECISION, false)
                        .putValue(CaseVariables.INVESTIGATION_REPORT, "经查属实"));
        return pi;
    }

    static String finding(String id, String name, String grade, boolean aggravated, boolean discipline, boolean crime) {
        return "{\"personId\":\"" + id + "\",\"name\":\"" + name
                + "\",\"role\":\"EXECUTING_STAFF\",\"severityGrade\":\"" + grade + "\",\"aggravatedArt9\":" + aggravated
                + ",\"disciplineDue\":" + discipline + ",\"crimeSuspected\":" + crime + "}";
    }

    @Test
    void heavierGrade_inPost_circulatedCriticismWithRectification_restrictionExpiresWithNotice_R10_2_R12_1_R12_5() {
        ProcessInstance pi = openAndInvestigate(
                "[" + finding("P001", "张三", "HEAVIER", false, false, false) + "]",
                null,
                person("P001", "张三", "TOWNSHIP", "IN_POST", null));
        String caseNumber = pi.getBusinessKey();
        assertThat(caseNumber).matches("PN-2026-\\d{4}");
        assertThat(pi).variables().containsEntry(CaseVariables.CASE_NUMBER, caseNumber);
        assertThat(pi).isWaitingAt("holdRespondentsAccountable");
        ProcessInstance child = childFor(pi, "P001");
        assertThat(child)
                .isWaitingAt("reviewProposal")
                .variables()
                .containsEntry(CaseVariables.PROPOSED_MEASURE, "CIRCULATED_CRITICISM")
                .containsEntry(CaseVariables.APPROVER_GROUPS, "township-committee,commission-leaders");
        // R-5…R-9: the reviewer and approver read the grounds as catalogue text
        assertThat(runtimeService
                        .getVariable(child.getId(), CaseVariables.GROUNDS_CITED)
                        .toString())
                .contains("把关不严，验收通过不符合验收条件项目的")
                .contains("日常监督管理不到位");
        complete(child, "reviewProposal", "shenli", Map.of());
        assertThat(child).isWaitingAt("approveDecision");
        complete(
                child,
                "approveDecision",
                "xiangzhen",
                Map.of(
                        CaseVariables.APPROVAL_DECISION,
                        "APPROVED",
                        CaseVariables.DECISION_EFFECTIVE_DATE,
                        "2026-03-02"));
        assertThat(child)
                .variables()
                .containsEntry("approveDecisionSignedBy", "xiangzhen")
                .containsEntry(CaseVariables.TAKEN_OVER_BY_COMMISSION, false)
                .containsKey("approveDecisionSignedAt");
        // delivery is an async step
        assertThat(child).isWaitingAt("deliverDecision");
        executeDueJobs();
        assertThat(child).isWaitingAt("orderRectification");
        complete(
                child,
                "orderRectification",
                "shenli",
                Map.of(
                        CaseVariables.RECTIFICATION_REQUIREMENTS,
                        "重新组织验收",
                        CaseVariables.RECTIFICATION_DEADLINE,
                        "2026-04-30"));
        assertThat(child).isWaitingAt("verifyRectification");
        complete(
                child,
                "verifyRectification",
                "diaocha",
                Map.of(CaseVariables.RECTIFICATION_VERIFIED, true, CaseVariables.RECTIFICATION_NOTE, "已整改"));
        // the register write runs as its own job, so a failure becomes an incident, not the investigator's
        // error
        assertThat(child).isWaitingAt("scheduleRestrictions");
        executeDueJobs();
        assertThat(child).isWaitingAt("recordDelivery");
        deliver(child);
        assertThat(child).isEnded().hasPassed("scheduleRestrictions", "produceDecisionDocument");
        List<RegisteredRestriction> rows = register.findByPerson("P001");
        assertThat(rows).extracting(RegisteredRestriction::type).containsExactly(RestrictionType.AWARD_INELIGIBLE);
        assertThat(rows.get(0).until()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(rows.get(0).createdBy()).isEqualTo("xiangzhen");
        assertThat(pi).isWaitingAt("closeCase");
        // the closer reads what was decided for each respondent
        assertThat(runtimeService
                        .getVariable(pi.getId(), CaseVariables.RESPONDENT_OUTCOMES)
                        .toString())
                .contains("张三 — 问责方式：通报批评；")
                .contains(" 于 2026-03-02 批准；整改：整改到位（已整改）；影响期：取消当年评优评先资格 2026-03-02 起，2027-01-01 解除")
                .doesNotContain("xiangzhen");
        assertThat(runtimeService
                        .getVariable(pi.getId(), CaseVariables.GROUNDS_CITED)
                        .toString())
                .contains("把关不严");
        complete(pi, "closeCase", "shenli", Map.of(CaseVariables.CLOSURE_SUMMARY, "结案"));
        assertThat(pi).isEnded();

        // the restriction ends by itself at 00:00 Asia/Shanghai of its until date, with a notice
        ProcessInstance period = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("restriction-period")
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
        assertThat(period).isWaitingAt("waitForExpiry");
        setTime(LocalDate.of(2026, 12, 31).atTime(23, 59).atZone(WorkflowSettings.ZONE));
        executeDueJobs();
        assertThat(period).isWaitingAt("waitForExpiry");
        setTime(LocalDate.of(2027, 1, 1).atStartOfDay(WorkflowSettings.ZONE).plusMinutes(1));
        executeDueJobs();
        assertThat(period).isWaitingAt("acknowledgeRestrictionExpiry");
        assertThat(register.find(rows.get(0).id()).orElseThrow().status()).isEqualTo(RestrictionStatus.EXPIRED);
        complete(period, "acknowledgeRestrictionExpiry", "zuzhibu", Map.of());
        assertThat(period).isEnded();

        // every user task of the three processes carried the Tasklist column 案件 as a task-local variable
        for (ProcessInstance instance : List.of(pi, child, period)) {
            List<String> taskIds =
                    historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list().stream()
                            .map(t -> t.getId())
                            .toList();
            assertThat(taskIds).isNotEmpty();
            assertThat(historyService
                            .createHistoricVariableInstanceQuery()
                            .taskIdIn(taskIds.toArray(String[]::new))
                            .variableName(CaseVariables.TASK_LIST_LABEL)
                            .list())
                    .hasSize(taskIds.size())
                    .allSatisfy(v -> assertThat(v.getValue()).isEqualTo(caseNumber + "　张三"));
        }
    }

    /** Review confirmed, approval by the first candidate group; returns the child after approval. */
    private void reviewAndApprove(ProcessInstance child, String approver, String effective) {
        complete(child, "reviewProposal", "shenli", Map.of());
        complete(
                child,
                "approveDecision",
                approver,
                Map.of(CaseVariables.APPROVAL_DECISION, "APPROVED", CaseVariables.DECISION_EFFECTIVE_DATE, effective));
        executeDueJobs();
    }

    private ProcessInstance singleChild(
            String grade,
            boolean aggravated,
            boolean discipline,
            boolean crime,
            String level,
            String status,
            String employer) {
        ProcessInstance pi = openAndInvestigate(
                "[" + finding("P001", "张三", grade, aggravated, discipline, crime) + "]",
                null,
                person("P001", "张三", level, status, employer));
        return childFor(pi, "P001");
    }

    @Test
    void outOfScopeRespondent_closedWithReasonKept_R3_2() {
        String outsider = person("X001", "李四", "UNIT", "IN_POST", null).replace("ADMINISTRATIVE_ORGAN", "OUT_OF_SCOPE");
        ProcessInstance pi = startCase(intake(outsider));
        assertThat(pi).isEnded().hasPassed("closedOutOfScope");
        Object decisions = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(CaseVariables.SCOPE_DECISIONS)
                .singleResult()
                .getValue();
        assertThat(decisions.toString()).contains("李四").contains("不属于本办法第三条所列适用范围");
    }

    @Test
    void invalidIntake_goesToCorrectionWithChineseReasons_thenContinues_R2_1_R15() {
        ProcessInstance pi = startCase(intake(person("P001", "张三", "TOWNSHIP", "IN_POST", null))
                .putValue(CaseVariables.WORK_FIELD, "")
                .putValue(CaseVariables.GROUNDS, json("[\"99.9\"]")));
        assertThat(pi).isWaitingAt("correctIntake");
        assertThat((String) runtimeService.getVariable(pi.getId(), CaseVariables.INTAKE_ERRORS))
                .contains("工作领域")
                .contains("99.9");
        complete(
                pi,
                "correctIntake",
                "shouli",
                Map.of(
                        CaseVariables.WORK_FIELD,
                        "EDUCATION",
                        CaseVariables.GROUNDS,
                        json("[\"5.1\"]"),
                        CaseVariables.CONDUCT_DATE,
                        "2015-05-01"));
        assertThat(pi).isWaitingAt("verifyLead").variables().containsEntry(CaseVariables.CONDUCT_BEFORE_MEASURES, true);
    }

    @Test
    void preliminaryVerification_closesWithReason_andRefusesClosureWithoutReason() {
        ProcessInstance pi = startCase(intake(person("P001", "张三", "TOWNSHIP", "IN_POST", null)));
        assertThatThrownBy(() -> complete(
                        pi, "verifyLead", "diaocha", Map.of(CaseVariables.VERIFICATION_DECISION, "NO_VIOLATION")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("初核了结须写明理由");
        complete(
                pi,
                "verifyLead",
                "diaocha",
                Map.of(
                        CaseVariables.VERIFICATION_DECISION,
                        "INSUFFICIENT_EVIDENCE",
                        CaseVariables.VERIFICATION_REASON,
                        "无法取得证据"));
        assertThat(pi).isEnded().hasPassed("closedAtVerification");
    }

    @Test
    void thirdPartyAcceptance_cannotDropSignatory_backToInvestigation_R9_R4_2() {
        String signer =
                "{\"signerName\":\"王五\",\"signerId\":\"S001\",\"signedDocument\":\"验收单\",\"signerCategory\":\"ADMINISTRATIVE_ORGAN\","
                        + "\"signerLevel\":\"UNIT\",\"signerStatus\":\"IN_POST\",\"signerGrade\":\"LIGHT\",\"exclusionCode\":\"THIRD_PARTY_ACCEPTANCE\","
                        + "\"exclusionReason\":\"已经第三方验收\"}";
        ProcessInstance pi = openAndInvestigate(
                "[" + finding("P001", "张三", "LIGHT", false, false, false) + "]",
                "[" + signer + "]",
                person("P001", "张三", "TOWNSHIP", "IN_POST", null));
        assertThat(pi).isWaitingAt("investigateCase");
        assertThat((String) runtimeService.getVariable(pi.getId(), CaseVariables.INVESTIGATION_ERRORS))
                .contains("第三方验收");
    }

    @Test
    void unitWithBothHeadsAndSignatory_eachBecomesRespondent_R4_1_R4_2_R8() {
        String unit =
                "{\"kind\":\"UNIT\",\"name\":\"思旺镇人民政府\",\"personId\":\"U001\",\"category\":\"ADMINISTRATIVE_ORGAN\","
                        + "\"managementLevel\":\"COUNTY\"}";
        String unitFinding = "{\"personId\":\"U001\",\"name\":\"思旺镇人民政府\",\"severityGrade\":\"LIGHT\","
                + "\"partyHeadName\":\"书记甲\",\"partyHeadId\":\"H001\",\"partyHeadStatus\":\"IN_POST\","
                + "\"adminHeadName\":\"镇长乙\",\"adminHeadId\":\"H002\",\"adminHeadStatus\":\"IN_POST\"}";
        String signer =
                "{\"signerName\":\"王五\",\"signerId\":\"S001\",\"signedDocument\":\"验收单\",\"signerCategory\":\"ADMINISTRATIVE_ORGAN\","
                        + "\"signerLevel\":\"UNIT\",\"signerStatus\":\"IN_POST\",\"signerGrade\":\"LIGHT\"}";
        ProcessInstance pi = openAndInvestigate(
                "[" + unitFinding + "," + finding("P001", "张三", "LIGHT", false, false, false) + "]",
                "[" + signer + "]",
                unit,
                person("P001", "张三", "TOWNSHIP", "IN_POST", null));
        assertThat(pi)
                .isWaitingAt("holdRespondentsAccountable")
                .variables()
                .containsEntry(CaseVariables.ACCOUNTABLE_COUNT, 5);
        assertThat(children(pi)).hasSize(5);
        assertThat(childFor(pi, "H001"))
                .variables()
                .containsEntry(CaseVariables.APPROVER_GROUPS, "county-committee,commission-leaders");
        assertThat(runtimeService
                        .getVariable(childFor(pi, "S001").getId(), CaseVariables.RESPONDENT)
                        .toString())
                .contains("R-4.2");
        for (ProcessInstance child : children(pi)) {
            reviewAndApprove(child, "jiwei", "2026-03-02");
            deliver(child);
        }
        assertThat(pi).isWaitingAt("closeCase");
        assertThat(register.findByPerson("H002")).hasSize(1);
        // one line per respondent track of the multi-instance call activity, none lost or repeated
        String outcomes = runtimeService
                .getVariable(pi.getId(), CaseVariables.RESPONDENT_OUTCOMES)
                .toString();
        for (String name : List.of("思旺镇人民政府 — ", "书记甲 — ", "镇长乙 — ", "王五 — ", "张三 — ")) {
            assertThat(outcomes.split(name, -1)).as(name).hasSize(2);
        }
    }

    @Test
    void lightGrade_aggravatedArt9_proposesStricterMeasure_R9_R10_1() {
        ProcessInstance child = singleChild("LIGHT", true, false, false, "UNIT", "IN_POST", null);
        assertThat(child)
                .variables()
                .containsEntry(CaseVariables.PROPOSED_MEASURE, "ADMONISHMENT_TALK")
                .containsEntry(CaseVariables.APPROVER_GROUPS, "unit-party-group,commission-leaders");
        reviewAndApprove(child, "danwei", "2026-03-02");
        deliver(child);
        assertThat(child)
                .isEnded()
                .hasPassed("deliverDecision", "scheduleRestrictions")
                .hasNotPassed("orderRectification");
    }

    @Test
    void reviewChange_withinGradeAccepted_outsideGradeNeedsReason_R10() {
        ProcessInstance child = singleChild("LIGHT", false, false, false, "TOWNSHIP", "IN_POST", null);
        assertThat(child).variables().containsEntry(CaseVariables.PROPOSED_MEASURE, "CRITICISM_EDUCATION");
        // a measure of another grade without changing the grade → back to review with the reason
        Task claimed = task(child, "reviewProposal");
        taskService.claim(claimed.getId(), "shenli");
        complete(claimed, "shenli", Map.of(CaseVariables.REVIEW_MEASURE, "REMOVAL"));
        assertThat(child).isWaitingAt("reviewProposal");
        // issue 18: the returned task goes back to the reviewer who sent it, still offered to her group,
        // due after the configured period (pingnan.task-deadlines.steps.reviewProposal: P15D)
        Task returned = task(child, "reviewProposal");
        assertThat(returned.getAssignee()).isEqualTo("shenli");
        assertThat(taskService.getIdentityLinksForTask(returned.getId()))
                .anyMatch(link -> "reviewers".equals(link.getGroupId()));
        assertThat(returned.getDueDate())
                .isEqualTo(Date.from(TODAY.plusDays(15)
                        .atTime(23, 59, 59)
                        .atZone(WorkflowSettings.ZONE)
                        .toInstant()));
        assertThat((String) runtimeService.getVariable(child.getId(), CaseVariables.REVIEW_ERROR))
                .contains("情节较轻只能给予");
        // grade changed without a written reason
        complete(
                child,
                "reviewProposal",
                "shenli",
                Map.of(CaseVariables.REVIEW_GRADE, "SEVERE", CaseVariables.REVIEW_MEASURE, "REMOVAL"));
        assertThat((String) runtimeService.getVariable(child.getId(), CaseVariables.REVIEW_ERROR))
                .contains("须填写书面理由");
        // within the grade: fine
        complete(
                child,
                "reviewProposal",
                "shenli",
                Map.of(CaseVariables.REVIEW_GRADE, "LIGHT", CaseVariables.REVIEW_MEASURE, "ADMONISHMENT_TALK"));
        assertThat(child)
                .isWaitingAt("approveDecision")
                .variables()
                .containsEntry(CaseVariables.MEASURE, "ADMONISHMENT_TALK")
                .containsEntry("reviewProposalSignedBy", "shenli");
    }

    @Test
    void approvalRejected_returnsToReviewWithReason_thenApproved_R4_2_R13_1() {
        ProcessInstance child = singleChild("SEVERE", false, false, false, "COUNTY", "IN_POST", null);
        complete(child, "reviewProposal", "shenli", Map.of());
        assertThatThrownBy(() -> complete(
                        child, "approveDecision", "xianwei", Map.of(CaseVariables.APPROVAL_DECISION, "REJECTED")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("退回理由");
        assertThatThrownBy(() -> complete(
                        child, "approveDecision", "xianwei", Map.of(CaseVariables.APPROVAL_DECISION, "APPROVED")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("生效日期");
        complete(
                child,
                "approveDecision",
                "xianwei",
                Map.of(CaseVariables.APPROVAL_DECISION, "REJECTED", CaseVariables.APPROVAL_COMMENT, "事实不清"));
        assertThat(child)
                .isWaitingAt("reviewProposal")
                .variables()
                .containsEntry(CaseVariables.REJECTION_REASON, "事实不清");
        reviewAndApprove(child, "xianwei", "2026-03-02");
        deliver(child);
        assertThat(child).isEnded().variables().containsEntry("approveDecisionSignedBy", "xianwei");
        // reassignment → no promotion for one year
        assertThat(register.findByPerson("P001"))
                .extracting(RegisteredRestriction::type)
                .containsExactly(RestrictionType.AWARD_INELIGIBLE, RestrictionType.NO_PROMOTION);
    }

    @Test
    void removal_schedulesNoPostAndNoHigherPost_R12_3() {
        ProcessInstance child = singleChild("SEVERE", true, false, false, "COUNTY", "IN_POST", null);
        reviewAndApprove(child, "xianwei", "2026-03-01");
        List<RegisteredRestriction> rows = register.findByPerson("P001");
        assertThat(rows)
                .extracting(RegisteredRestriction::type)
                .containsExactly(
                        RestrictionType.AWARD_INELIGIBLE, RestrictionType.NO_POST, RestrictionType.NO_HIGHER_POST);
        assertThat(rows.get(1).until()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(rows.get(2).until()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("restriction-period")
                        .processInstanceBusinessKey(child.getBusinessKey())
                        .count())
                .isEqualTo(3);
    }

    @Test
    void approvedDecision_writtenAsPdfWithTheCase_deliveryRecordedStartsTheAppealWindow_A1_A5_R4_2_R12_R13()
            throws Exception {
        ProcessInstance child = singleChild("SEVERE", true, false, false, "COUNTY", "IN_POST", null);
        reviewAndApprove(child, "xianwei", "2026-03-01");
        assertThat(child).isWaitingAt("recordDelivery").hasPassed("produceDecisionDocument");
        FileValue file = runtimeService.getVariableTyped(child.getId(), CaseVariables.DECISION_DOCUMENT);
        assertThat(file.getMimeType()).isEqualTo("application/pdf");
        assertThat(file.getFilename()).isEqualTo("问责决定书-" + child.getBusinessKey() + ".pdf");
        String text;
        try (PDDocument pdf = Loader.loadPDF(file.getValue().readAllBytes())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        assertThat(text)
                .contains("案件编号：" + child.getBusinessKey())
                .contains("张三", "思旺镇人民政府")
                .contains("村道硬化项目未达标即通过验收")
                .contains("第五条第5.5项", "第九条第9项")
                .contains("责任类型：经办责任")
                .contains("问责方式：免职")
                .contains("不安排职务：自2026-03-01起至2027-02-28止")
                .contains("审批机关：县委")
                .contains("签批人：刘县委（xianwei），签批时间：2026-03-0209:00")
                .contains("自收到本决定书之日起一个月内");
        assertThat(child)
                .variables()
                .containsEntry(CaseVariables.DECISION_PERSON_ID, "P001")
                .containsEntry(
                        CaseVariables.DECISION_DOCUMENT_URL,
                        "/api/cases/" + child.getBusinessKey() + "/decisions/P001.pdf");

        Map<String, Object> delivery = new java.util.HashMap<>(Map.of(
                CaseVariables.DELIVERED_BY,
                "王五",
                CaseVariables.DELIVERED_ON,
                "2026-03-03",
                CaseVariables.DELIVERY_METHOD,
                "POST"));
        assertThatThrownBy(() -> complete(child, "recordDelivery", "shenli", delivery))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("晚于今天");
        delivery.put(CaseVariables.DELIVERED_ON, "2026-03-01");
        assertThatThrownBy(() -> complete(child, "recordDelivery", "shenli", delivery))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("早于问责决定批准日期");
        delivery.put(CaseVariables.DELIVERED_ON, "2026-03-02");
        delivery.put(CaseVariables.DELIVERY_METHOD, "CARRIER_PIGEON");
        assertThatThrownBy(() -> complete(child, "recordDelivery", "shenli", delivery))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("送达方式");
        delivery.put(CaseVariables.DELIVERY_METHOD, "POST");
        delivery.put(CaseVariables.DELIVERED_BY, " ");
        assertThatThrownBy(() -> complete(child, "recordDelivery", "shenli", delivery))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("送达人");
        delivery.put(CaseVariables.DELIVERED_BY, "王五");
        complete(child, "recordDelivery", "shenli", delivery);
        // one month from the delivery day, R-12.0's calendar rule
        assertThat(child)
                .isEnded()
                .variables()
                .containsEntry(CaseVariables.APPEAL_DEADLINE, "2026-04-01")
                .containsEntry(CaseVariables.DELIVERY_METHOD, "POST")
                .containsEntry("recordDeliverySignedBy", "shenli");
    }

    @Test
    void commissionTakeover_directAtIntake_orByCommissionLeaderApproving_R13_2() {
        ProcessInstance pi = startCase(
                intake(person("P001", "张三", "COUNTY", "IN_POST", null)).putValue(CaseVariables.DIRECT_TAKEOVER, true));
        complete(pi, "verifyLead", "diaocha", Map.of(CaseVariables.VERIFICATION_DECISION, "OPEN"));
        complete(
                pi,
                "investigateCase",
                "diaocha",
                Map.of(
                        CaseVariables.FINDINGS,
                        json("[" + finding("P001", "张三", "LIGHT", false, false, false) + "]"),
                        CaseVariables.INVESTIGATION_REPORT,
                        "经查属实"));
        ProcessInstance child = childFor(pi, "P001");
        assertThat(child).variables().containsEntry(CaseVariables.APPROVER_GROUPS, "commission-leaders");
        reviewAndApprove(child, "jiwei", "2026-03-02");
        assertThat(child).variables().containsEntry(CaseVariables.TAKEN_OVER_BY_COMMISSION, true);

        ProcessInstance other = singleChild("LIGHT", false, false, false, "COUNTY", "IN_POST", null);
        reviewAndApprove(other, "jiwei", "2026-03-02");
        assertThat(other).variables().containsEntry(CaseVariables.TAKEN_OVER_BY_COMMISSION, true);
    }

    @Test
    void transferredInCounty_handledByCommissionLeaders_R11_1() {
        ProcessInstance child = singleChild("LIGHT", false, false, false, "TOWNSHIP", "TRANSFERRED_IN_COUNTY", "县财政局");
        reviewAndApprove(child, "xiangzhen", "2026-03-02");
        assertThat(child).isWaitingAt("handleTransferredRespondent");
        assertThat(taskService
                        .createTaskQuery()
                        .taskDefinitionKey("handleTransferredRespondent")
                        .taskCandidateGroup("commission-leaders")
                        .count())
                .isEqualTo(1);
        complete(child, "handleTransferredRespondent", "jiwei", Map.of(CaseVariables.HANDLING_NOTE, "已诫勉"));
        executeDueJobs();
        deliver(child);
        assertThat(child).isEnded();
        assertThat(register.findByPerson("P001")).hasSize(1);
    }

    @Test
    void leftCounty_letterToEmployer_reminderAfterConfiguredPeriod_noRestrictions_R11_2() {
        ProcessInstance child = singleChild("LIGHT", false, false, false, "TOWNSHIP", "LEFT_COUNTY", "桂平市住建局");
        reviewAndApprove(child, "xiangzhen", "2026-03-02");
        assertThat(child)
                .isWaitingAt("recordEmployerReply")
                .variables()
                .containsKey(CaseVariables.RECOMMENDATION_SENT_AT);
        setTime(ZonedDateTime.now(WorkflowSettings.ZONE)
                .withYear(2026)
                .withMonth(4)
                .withDayOfMonth(2));
        executeDueJobs();
        assertThat(child).hasPassed("remindEmployer", "employerReminded").isWaitingAt("recordEmployerReply");
        complete(child, "recordEmployerReply", "shouli", Map.of(CaseVariables.EMPLOYER_REPLY, "已给予诫勉谈话"));
        deliver(child);
        assertThat(child).isEnded().hasPassed("produceDecisionDocument").hasNotPassed("scheduleRestrictions");
        assertThat(register.findByPerson("P001")).isEmpty();
        assertThat(runtimeService
                        .getVariable(child.getRootProcessInstanceId(), CaseVariables.RESPONDENT_OUTCOMES)
                        .toString())
                .contains("张三 — 问责方式：批评教育；")
                .contains("影响期：无")
                .doesNotContain("已移送司法机关");
    }

    @Test
    void retiredWithCrimeSuspected_decisionRecorded_judicialTransfer_noRestrictions_R11_3_R11_4() {
        ProcessInstance child = singleChild("SEVERE", false, false, true, "COUNTY", "RETIRED", null);
        reviewAndApprove(child, "xianwei", "2026-03-02");
        assertThat(child).hasPassed("recordDecision").isWaitingAt("transferToJudiciary");
        complete(child, "transferToJudiciary", "jiwei", Map.of(CaseVariables.JUDICIAL_TRANSFER_NOTE, "已移送县公安局"));
        deliver(child);
        assertThat(child).isEnded().hasPassed("produceDecisionDocument").hasNotPassed("scheduleRestrictions");
        assertThat(register.findByPerson("P001")).isEmpty();
        assertThat(runtimeService
                        .getVariable(child.getRootProcessInstanceId(), CaseVariables.RESPONDENT_OUTCOMES)
                        .toString())
                .contains("；已移送司法机关；")
                .contains("影响期：无");
    }

    @Test
    void disciplineImposed_feedsLongerOfRule_invalidTypeReturnsForCorrection_R10_4_R12_4() {
        ProcessInstance child = singleChild("SEVERE", false, true, false, "COUNTY", "IN_POST", null);
        reviewAndApprove(child, "xianwei", "2026-03-02");
        assertThat(child).isWaitingAt("recordDiscipline");
        complete(
                child,
                "recordDiscipline",
                "diaocha",
                Map.of(CaseVariables.DISCIPLINES, json("[{\"type\":\"UNKNOWN\",\"effectiveDate\":\"2026-03-02\"}]")));
        assertThat(child).isWaitingAt("recordDiscipline");
        assertThat((String) runtimeService.getVariable(child.getId(), CaseVariables.DISCIPLINES_ERROR))
                .contains("UNKNOWN");
        complete(
                child,
                "recordDiscipline",
                "diaocha",
                Map.of(
                        CaseVariables.DISCIPLINES,
                        json("[{\"type\":\"GOV_MAJOR_DEMERIT\",\"effectiveDate\":\"2026-03-02\"}]")));
        executeDueJobs();
        deliver(child);
        assertThat(child).isEnded();
        // reassignment: 12 months, major demerit: 18 months → the longer governs
        RegisteredRestriction noPromotion = register.findByPerson("P001").get(1);
        assertThat(noPromotion.type()).isEqualTo(RestrictionType.NO_PROMOTION);
        assertThat(noPromotion.until()).isEqualTo(LocalDate.of(2027, 9, 2));
        assertThat(noPromotion.basis()).contains("R-12.4");
        assertThat(runtimeService
                        .getVariable(child.getRootProcessInstanceId(), CaseVariables.RESPONDENT_OUTCOMES)
                        .toString())
                .contains("问责方式：调离岗位")
                .contains("党纪政纪处分：记大过（2026-03-02 生效）")
                .contains("不得提拔使用 2026-03-02 起，2027-09-02 解除");
    }

    @Test
    void rectificationOverdue_remindedThenEscalated_notVerifiedReordered_R10_2() {
        ProcessInstance child = singleChild("HEAVIER", false, false, false, "TOWNSHIP", "IN_POST", null);
        reviewAndApprove(child, "xiangzhen", "2026-03-02");
        assertThatThrownBy(() -> complete(
                        child,
                        "orderRectification",
                        "shenli",
                        Map.of(
                                CaseVariables.RECTIFICATION_REQUIREMENTS,
                                "整改",
                                CaseVariables.RECTIFICATION_DEADLINE,
                                "2026-03-01")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class);
        complete(
                child,
                "orderRectification",
                "shenli",
                Map.of(
                        CaseVariables.RECTIFICATION_REQUIREMENTS,
                        "重新组织验收",
                        CaseVariables.RECTIFICATION_DEADLINE,
                        "2026-04-30"));
        setToday(LocalDate.of(2026, 4, 24));
        executeDueJobs();
        assertThat(child).hasPassed("remindRectification").isWaitingAt("verifyRectification");
        setTime(LocalDate.of(2026, 5, 1).atStartOfDay(WorkflowSettings.ZONE).plusMinutes(1));
        executeDueJobs();
        assertThat(child).isWaitingAt("verifyRectification", "superviseOverdueRectification");
        complete(child, "superviseOverdueRectification", "jiwei", Map.of(CaseVariables.ESCALATION_NOTE, "限期三日"));
        complete(
                child,
                "verifyRectification",
                "diaocha",
                Map.of(CaseVariables.RECTIFICATION_VERIFIED, false, CaseVariables.RECTIFICATION_NOTE, "未整改到位"));
        assertThat(child).isWaitingAt("orderRectification");
        complete(
                child,
                "orderRectification",
                "shenli",
                Map.of(
                        CaseVariables.RECTIFICATION_REQUIREMENTS,
                        "再次整改",
                        CaseVariables.RECTIFICATION_DEADLINE,
                        "2026-06-30"));
        complete(
                child,
                "verifyRectification",
                "diaocha",
                Map.of(CaseVariables.RECTIFICATION_VERIFIED, true, CaseVariables.RECTIFICATION_NOTE, "已整改"));
        executeDueJobs();
        deliver(child);
        assertThat(child).isEnded().hasPassed("scheduleRestrictions");
    }
}
