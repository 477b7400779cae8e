package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import cn.gov.pingnan.accountability.decision.DecidedTrack;
import cn.gov.pingnan.accountability.decision.DecisionDocuments;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionChange;
import cn.gov.pingnan.accountability.register.RestrictionStatus;
import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** 申诉处理 (decision-appeal): every path, the register after each outcome, the timers on the engine clock. */
class DecisionAppealProcessTest extends ProcessTestSupport {

    private static final String CASE = "PN-2026-0042";
    private static final String PERSON = "P042";
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);
    private static final LocalDate DELIVERED = LocalDate.of(2026, 3, 2);

    /** The decided respondent's track is read from the history; here its variables are given. */
    @MockitoBean
    private DecisionDocuments decisions;

    @Autowired
    private RestrictionCalculator calculator;

    private final Map<String, Object> track = new HashMap<>();

    @BeforeEach
    void decidedRemoval() {
        track.clear();
        track.put(CaseVariables.RESPONDENT, "{\"personId\":\"" + PERSON + "\",\"name\":\"蒙某\",\"unit\":\"思旺镇人民政府\"}");
        track.put(CaseVariables.RESPONDENT_NAME, "蒙某");
        track.put(CaseVariables.MEASURE, "REMOVAL");
        track.put(CaseVariables.DECISION_EFFECTIVE_DATE, EFFECTIVE.toString());
        track.put(CaseVariables.DISCIPLINES, "[]");
        track.put(CaseVariables.APPROVING_GROUP, "township-committee");
        track.put(CaseVariables.TAKEN_OVER_BY_COMMISSION, false);
        track.put(CaseVariables.DELIVERED_ON, DELIVERED.toString());
        when(decisions.decidedTrack(anyString(), anyString())).thenReturn(Optional.empty());
        when(decisions.decidedTrack(CASE, PERSON)).thenAnswer(call -> Optional.of(DecidedTrack.of(track)));
        when(decisions.trackValues(CASE, PERSON)).thenAnswer(call -> Optional.of(track));
    }

    /** the text of the written document the appeal stored, by PDFBox text extraction. */
    private String appealDocumentText(ProcessInstance pi) throws Exception {
        FileValue file = (FileValue) historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(CaseVariables.DECISION_DOCUMENT)
                .singleResult()
                .getTypedValue();
        try (InputStream in = file.getValue();
                PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    /** the removal's rows in the register, each with its own period process, as the decision left them. */
    private List<RegisteredRestriction> removalRegistered() {
        RestrictedPerson person = new RestrictedPerson(PERSON, "蒙某", "思旺镇人民政府");
        List<RegisteredRestriction> rows =
                register.record(CASE, person, calculator.compute(Measure.REMOVAL, EFFECTIVE, List.of()), "xiangzhen");
        rows.forEach(row -> ScheduleRestrictionsDelegate.startPeriod(runtimeService, CASE, person, row));
        return rows;
    }

    private ProcessInstance appeal(String caseNumber, String personId, LocalDate filedOn) {
        authenticate("shouli");
        try {
            VariableMap v = Variables.createVariables()
                    .putValue(CaseVariables.CASE_NUMBER, caseNumber)
                    .putValue(CaseVariables.RESPONDENT_PERSON_ID, personId)
                    .putValue(CaseVariables.APPEAL_FILED_ON, filedOn.toString())
                    .putValue(CaseVariables.APPEAL_REASON, "事实认定有误");
            return runtimeService.startProcessInstanceByKey(ProcessKeys.DECISION_APPEAL, caseNumber, v);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private boolean blocked(EligibilityAction action, LocalDate date) {
        return !register.blocking(PERSON, action, date).isEmpty();
    }

    @Test
    void lateAppeal_recordedAsRefused_namingTheLastAdmissibleDay_registerUnchanged_A1() {
        removalRegistered();
        setToday(LocalDate.of(2026, 4, 3));
        ProcessInstance pi = appeal(CASE, PERSON, LocalDate.of(2026, 4, 2));
        assertThat(pi)
                .isWaitingAt("notifyAppealRefused")
                .variables()
                .containsEntry(CaseVariables.APPEAL_ADMISSIBLE, false);
        assertThat((String) runtimeService.getVariable(pi.getId(), CaseVariables.APPEAL_REFUSAL))
                .contains("最后一日为 2026-04-01")
                .contains("2026-04-02 收到")
                .contains("不予受理");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("intake").count())
                .isEqualTo(1);
        complete(pi, "notifyAppealRefused", "shouli", Map.of(CaseVariables.APPEAL_REFUSAL_NOTE, "已书面告知"));
        assertThat(pi).isEnded().hasPassed("appealRefused").hasNotPassed("decideAppeal");
        assertThat(register.findByPerson(PERSON))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RestrictionStatus.ACTIVE));
        // nothing is lost — the refused appeal stays in the history with its reason
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName(CaseVariables.APPEAL_REASON)
                        .singleResult()
                        .getValue())
                .isEqualTo("事实认定有误");
    }

    @Test
    void appealOnTheLastDay_upheld_afterAReminder_restrictionsStayInForce_A1_A2_A3() {
        removalRegistered();
        setToday(LocalDate.of(2026, 4, 1));
        ProcessInstance pi = appeal(CASE, PERSON, LocalDate.of(2026, 4, 1));
        assertThat(pi)
                .isWaitingAt("decideAppeal")
                .variables()
                .containsEntry(CaseVariables.APPEAL_DEADLINE, "2026-04-01")
                .containsEntry(CaseVariables.APPEAL_ANSWER_DUE, "2026-04-30")
                .containsEntry(CaseVariables.APPROVER_GROUPS, "township-committee,commission-leaders");
        // the approving body answers; the commission may take it over
        assertThat(taskService
                        .createTaskQuery()
                        .taskCandidateGroup("township-committee")
                        .count())
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskCandidateGroup("commission-leaders")
                        .count())
                .isEqualTo(1);
        // the appeal does not suspend execution
        assertThat(blocked(EligibilityAction.APPOINTMENT, LocalDate.of(2026, 4, 10)))
                .isTrue();

        setTime(LocalDate.of(2026, 4, 24).atTime(23, 59).atZone(WorkflowSettings.ZONE));
        executeDueJobs();
        assertThat(pi).hasNotPassed("remindAppealAnswer");
        setTime(LocalDate.of(2026, 4, 25).atTime(0, 1).atZone(WorkflowSettings.ZONE));
        executeDueJobs();
        assertThat(pi)
                .hasPassed("remindAppealAnswer", "appealReminded")
                .isWaitingAt("decideAppeal")
                .variables()
                .containsKey(CaseVariables.APPEAL_REMINDED_AT);

        assertThatThrownBy(
                        () -> complete(pi, "decideAppeal", "xiangzhen", Map.of(CaseVariables.APPEAL_OUTCOME, "UPHOLD")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("处理理由");
        assertThatThrownBy(() -> complete(
                        pi,
                        "decideAppeal",
                        "xiangzhen",
                        Map.of(CaseVariables.APPEAL_OUTCOME, "MAYBE", CaseVariables.APPEAL_DECISION_REASON, "x")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class);
        complete(
                pi,
                "decideAppeal",
                "xiangzhen",
                Map.of(CaseVariables.APPEAL_OUTCOME, "UPHOLD", CaseVariables.APPEAL_DECISION_REASON, "事实清楚，定性准确"));
        assertThat(pi)
                .isEnded()
                .hasPassed("applyAppealDecision", "appealDecided")
                .variables()
                .containsEntry(CaseVariables.APPEAL_RESULT, "维持原问责决定，影响期不变。")
                .containsEntry("decideAppealSignedBy", "xiangzhen")
                // upheld, the original decision stands; no new document
                .doesNotContainKey(CaseVariables.DECISION_DOCUMENT);
        assertThat(register.findByPerson(PERSON))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RestrictionStatus.ACTIVE));
    }

    @Test
    void overdueAnswer_escalatedToCommission_thenMeasureChanged_oldRowsEndNewRowsStartOnTheChangeDay_A2_A4()
            throws Exception {
        List<RegisteredRestriction> old = removalRegistered();
        ProcessInstance pi = appeal(CASE, PERSON, LocalDate.of(2026, 3, 10));
        assertThat(pi)
                .isWaitingAt("decideAppeal")
                .variables()
                .containsEntry(CaseVariables.APPEAL_ANSWER_DUE, "2026-04-09");
        // the day after the due day, the commission leaders supervise
        setTime(LocalDate.of(2026, 4, 10).atTime(0, 1).atZone(WorkflowSettings.ZONE));
        executeDueJobs();
        assertThat(pi).isWaitingAt("decideAppeal", "superviseOverdueAppeal");
        assertThat(taskService
                        .createTaskQuery()
                        .taskDefinitionKey("superviseOverdueAppeal")
                        .taskCandidateGroup("commission-leaders")
                        .count())
                .isEqualTo(1);
        complete(pi, "superviseOverdueAppeal", "jiwei", Map.of(CaseVariables.APPEAL_SUPERVISION_NOTE, "限三日内办结"));
        assertThat(pi).hasPassed("appealSupervised").isWaitingAt("decideAppeal");

        LocalDate changeDay = LocalDate.of(2026, 4, 12);
        setToday(changeDay);
        assertThatThrownBy(() -> complete(
                        pi,
                        "decideAppeal",
                        "jiwei",
                        Map.of(CaseVariables.APPEAL_OUTCOME, "CHANGE", CaseVariables.APPEAL_DECISION_REASON, "情节较轻")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("变更后的问责方式");
        assertThatThrownBy(() -> complete(
                        pi,
                        "decideAppeal",
                        "jiwei",
                        Map.of(
                                CaseVariables.APPEAL_OUTCOME,
                                "CHANGE",
                                CaseVariables.APPEAL_NEW_MEASURE,
                                "REMOVAL",
                                CaseVariables.APPEAL_DECISION_REASON,
                                "情节较轻")))
                .hasRootCauseInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("与原决定相同");
        complete(
                pi,
                "decideAppeal",
                "jiwei",
                Map.of(
                        CaseVariables.APPEAL_OUTCOME,
                        "CHANGE",
                        CaseVariables.APPEAL_NEW_MEASURE,
                        "REASSIGNMENT",
                        CaseVariables.APPEAL_DECISION_REASON,
                        "未造成严重后果，改为调离岗位"));
        assertThat(pi).isEnded().variables().containsEntry(CaseVariables.MEASURE, "REASSIGNMENT");

        List<RegisteredRestriction> rows = register.findByPerson(PERSON);
        assertThat(rows.subList(0, old.size()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RestrictionStatus.ENDED))
                .allSatisfy(r -> assertThat(r.endedOn()).isEqualTo(changeDay))
                .allSatisfy(r -> assertThat(r.endReason()).contains("变更问责方式（", " 收到的申诉）：未造成严重后果"));
        List<RegisteredRestriction> added = rows.subList(old.size(), rows.size());
        // for the new measure, from the change day on
        assertThat(added)
                .extracting(RegisteredRestriction::type)
                .containsExactly(RestrictionType.AWARD_INELIGIBLE, RestrictionType.NO_PROMOTION);
        assertThat(added).allSatisfy(r -> assertThat(r.from()).isEqualTo(changeDay));
        assertThat(added.get(1).until()).isEqualTo(LocalDate.of(2027, 3, 1));
        // the new written decision: the changed measure, the rows as now registered, what it replaces
        assertThat(appealDocumentText(pi))
                .startsWith("问责决定书")
                .contains("替代2026-03-01作出的问责决定（原问责方式：免职）", "申诉收到日期：")
                .contains("问责方式：调离岗位", "不得提拔使用：自" + changeDay + "起至2027-02-28止")
                .contains("本决定自" + changeDay + "起生效")
                .doesNotContain("申诉权利");
        assertThat(pi)
                .variables()
                .containsEntry(CaseVariables.DECISION_PERSON_ID, PERSON)
                .containsEntry(CaseVariables.DECISION_DOCUMENT_KIND, "CHANGED");
        // the eligibility check answers from the new state from the day of the change
        assertThat(blocked(EligibilityAction.APPOINTMENT, changeDay.minusDays(1)))
                .isTrue();
        assertThat(blocked(EligibilityAction.APPOINTMENT, changeDay)).isFalse();
        assertThat(blocked(EligibilityAction.PROMOTION, changeDay)).isTrue();
        // the register's history: who and why
        List<RestrictionChange> changes = register.changes(PERSON);
        assertThat(changes)
                .filteredOn(c -> c.type() == RestrictionChange.Type.ENDED)
                .hasSize(old.size())
                .allSatisfy(c -> assertThat(c.changedBy()).isEqualTo("jiwei"));
        assertThat(changes)
                .filteredOn(c -> c.type() == RestrictionChange.Type.ADDED
                        && c.changedBy().equals("jiwei"))
                .hasSize(2);

        // the ended rows no longer expire by themselves; the new rows do
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ProcessKeys.RESTRICTION_PERIOD)
                        .list())
                .hasSize(2);
        setTime(LocalDate.of(2027, 3, 1).atTime(0, 1).atZone(WorkflowSettings.ZONE));
        executeDueJobs();
        taskService
                .createTaskQuery()
                .taskDefinitionKey("acknowledgeRestrictionExpiry")
                .list()
                .forEach(t -> complete(t, "zuzhibu", Map.of()));
        assertThat(register.findByPerson(PERSON).subList(old.size(), rows.size()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RestrictionStatus.EXPIRED));
    }

    @Test
    void revoked_everyRestrictionEndsOnTheDay_awardIneligibilityIncluded_A4_R12_1() throws Exception {
        track.put(CaseVariables.TAKEN_OVER_BY_COMMISSION, true);
        removalRegistered();
        ProcessInstance pi = appeal(CASE, PERSON, LocalDate.of(2026, 3, 20));
        assertThat(pi).variables().containsEntry(CaseVariables.APPROVER_GROUPS, "commission-leaders");
        LocalDate revokedOn = LocalDate.of(2026, 3, 25);
        setToday(revokedOn);
        complete(
                pi,
                "decideAppeal",
                "jiwei",
                Map.of(CaseVariables.APPEAL_OUTCOME, "REVOKE", CaseVariables.APPEAL_DECISION_REASON, "证据不足"));
        assertThat(pi).isEnded();
        assertThat((String) historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName(CaseVariables.APPEAL_RESULT)
                        .singleResult()
                        .getValue())
                .contains("终止影响期 3 项");
        assertThat(register.findByPerson(PERSON))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RestrictionStatus.ENDED));
        assertThat(blocked(EligibilityAction.AWARD, revokedOn.minusDays(1))).isTrue();
        assertThat(blocked(EligibilityAction.AWARD, revokedOn)).isFalse();
        // the revocation notice names every ended restriction and the day
        assertThat(appealDocumentText(pi))
                .startsWith("撤销问责决定通知书")
                .contains("撤销2026-03-01作出的问责决定（问责方式：免职）", "处理理由：证据不足")
                .contains("自" + revokedOn + "起终止")
                .contains("县纪委监委");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ProcessKeys.RESTRICTION_PERIOD)
                        .count())
                .isZero();
    }

    @Test
    void unknownCaseOrRespondent_badCaseNumber_orAppealBeforeDelivery_refuseTheStartInChinese_A1() {
        assertThatThrownBy(() -> appeal("PN-2026-0999", PERSON, LocalDate.of(2026, 3, 3)))
                .isInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("没有该被问责人的问责决定书");
        assertThatThrownBy(() -> appeal("2026-42", PERSON, LocalDate.of(2026, 3, 3)))
                .isInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("案件编号格式");
        assertThatThrownBy(() -> appeal(CASE, PERSON, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("早于问责决定书送达日期");
        track.remove(CaseVariables.DELIVERED_ON);
        assertThatThrownBy(() -> appeal(CASE, PERSON, LocalDate.of(2026, 3, 3)))
                .isInstanceOf(TaskCompletionRefused.class)
                .hasMessageContaining("尚未登记送达");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(ProcessKeys.DECISION_APPEAL)
                        .count())
                .isZero();
    }
}
