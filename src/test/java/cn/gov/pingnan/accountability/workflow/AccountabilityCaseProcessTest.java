package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictionStatus;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

class AccountabilityCaseProcessTest extends ProcessTestSupport {

    private ProcessInstance openAndInvestigate(String findingsJson, String signatoriesJson, String... respondents) {
        ProcessInstance pi = startCase(intake(respondents));
        assertThat(pi).isWaitingAt("verifyLead");
        complete(pi, "verifyLead", "diaocha", Map.of(CaseVariables.VERIFICATION_DECISION, "OPEN"));
        assertThat(pi).isWaitingAt("investigateCase");
        complete(pi, "investigateCase", "diaocha", Variables.createVariables()
                .putValue(CaseVariables.FINDINGS, json(findingsJson))
                .putValue(CaseVariables.SIGNATORIES, json(signatoriesJson == null ? "[]" : signatoriesJson))
                .putValue(CaseVariables.COLLECTIVE_DECISION, false)
                .putValue(CaseVariables.INVESTIGATION_REPORT, "经查属实"));
        return pi;
    }

    static String finding(String id, String name, String grade, boolean aggravated, boolean discipline, boolean crime) {
        return "{\"personId\":\"" + id + "\",\"name\":\"" + name + "\",\"role\":\"EXECUTING_STAFF\",\"severityGrade\":\"" + grade
                + "\",\"aggravatedArt9\":" + aggravated + ",\"disciplineDue\":" + discipline + ",\"crimeSuspected\":" + crime + "}";
    }

    @Test
    void heavierGrade_inPost_circulatedCriticismWithRectification_restrictionExpiresWithNotice_R10_2_R12_1_R12_5() {
        ProcessInstance pi = openAndInvestigate("[" + finding("P001", "张三", "HEAVIER", false, false, false) + "]", null,
                person("P001", "张三", "TOWNSHIP", "IN_POST", null));
        assertThat(pi).hasBusinessKey("PN-2026-0001").variables().containsEntry(CaseVariables.CASE_NUMBER, "PN-2026-0001");
        assertThat(pi).isWaitingAt("holdRespondentsAccountable");
        ProcessInstance child = childFor(pi, "P001");
        assertThat(child).isWaitingAt("reviewProposal").variables()
                .containsEntry(CaseVariables.PROPOSED_MEASURE, "CIRCULATED_CRITICISM")
                .containsEntry(CaseVariables.APPROVER_GROUPS, "township-committee,commission-leaders");
        complete(child, "reviewProposal", "shenli", Map.of());
        assertThat(child).isWaitingAt("approveDecision");
        complete(child, "approveDecision", "xiangzhen", Map.of(CaseVariables.APPROVAL_DECISION, "APPROVED",
                CaseVariables.DECISION_EFFECTIVE_DATE, "2026-03-02"));
        assertThat(child).variables().containsEntry("approveDecisionSignedBy", "xiangzhen")
                .containsEntry(CaseVariables.TAKEN_OVER_BY_COMMISSION, false).containsKey("approveDecisionSignedAt");
        // delivery is an async step
        assertThat(child).isWaitingAt("deliverDecision");
        executeDueJobs();
        assertThat(child).isWaitingAt("orderRectification");
        complete(child, "orderRectification", "shenli", Map.of(CaseVariables.RECTIFICATION_REQUIREMENTS, "重新组织验收",
                CaseVariables.RECTIFICATION_DEADLINE, "2026-04-30"));
        assertThat(child).isWaitingAt("verifyRectification");
        complete(child, "verifyRectification", "diaocha", Map.of(CaseVariables.RECTIFICATION_VERIFIED, true,
                CaseVariables.RECTIFICATION_NOTE, "已整改"));
        assertThat(child).isEnded().hasPassed("scheduleRestrictions");
        List<RegisteredRestriction> rows = register.findByPerson("P001");
        assertThat(rows).extracting(RegisteredRestriction::type).containsExactly(RestrictionType.AWARD_INELIGIBLE);
        assertThat(rows.get(0).until()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(rows.get(0).createdBy()).isEqualTo("xiangzhen");
        assertThat(pi).isWaitingAt("closeCase");
        complete(pi, "closeCase", "shenli", Map.of(CaseVariables.CLOSURE_SUMMARY, "结案"));
        assertThat(pi).isEnded();

        // the restriction ends by itself at 00:00 Asia/Shanghai of its until date, with a notice
        ProcessInstance period = runtimeService.createProcessInstanceQuery().processDefinitionKey("restriction-period")
                .processInstanceBusinessKey("PN-2026-0001").singleResult();
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
    }
}
