package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.decision.DecidedTrack;
import cn.gov.pingnan.accountability.decision.DecisionDocuments;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.AppealDeadline;
import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.rules.Jurisdiction;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import cn.gov.pingnan.accountability.tenant.Counties;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 审查申诉期限: finds the decided respondent's track, A-1 checks that the appeal came within one month of the
 * delivery (a late one is kept, marked refused with the last admissible day), A-2 sets the answer's due day,
 * the reminder before it and the escalation after it, and the groups that answer.
 * Unknown case, respondent or an undelivered decision refuse the start with a Chinese reason.
 */
@Component("checkAppeal")
public class CheckAppealDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(CheckAppealDelegate.class);
    /** the reminder comes this many days before the answer is due. */
    static final int REMIND_DAYS_BEFORE = 5;

    private final DecisionDocuments decisions;
    private final Counties counties;

    public CheckAppealDelegate(DecisionDocuments decisions, Counties counties) {
        this.decisions = decisions;
        this.counties = counties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            check(execution);
        } catch (RuleViolationException e) {
            LOG.warn("Appeal refused at registration: {}: {}", e.field(), e.messageEn());
            throw new TaskCompletionRefused(e);
        }
    }

    private void check(DelegateExecution execution) {
        String caseNumber = trimmed(execution.getVariable(CaseVariables.CASE_NUMBER));
        if (caseNumber == null || !CaseNumber.isValid(caseNumber)) {
            throw new InvalidInputException(
                    "caseNumber", "Not a case number '" + caseNumber + "'", "案件编号格式应为 PN-年份-四位序号，例如 PN-2026-0001");
        }
        // Issue 14: an appeal is answered in the county that decided; another county's case is not looked up
        String prefix = counties.countyRecordOf(execution.getTenantId()).prefix();
        if (!CaseNumber.parse(caseNumber).prefix().equals(prefix)) {
            throw new InvalidInputException(
                    "caseNumber",
                    "Case " + caseNumber + " is not a case of county " + counties.countyOf(execution.getTenantId()),
                    "案件编号 " + caseNumber + " 不是本县区的案件（本县区案件编号以 " + prefix + " 开头）");
        }
        String personId = trimmed(execution.getVariable(CaseVariables.RESPONDENT_PERSON_ID));
        if (personId == null) {
            throw new InvalidInputException(
                    "respondentPersonId", "The respondent's person id is missing", "请填写被问责人身份证号");
        }
        LocalDate filedOn =
                JsonVariables.date(execution.getVariable(CaseVariables.APPEAL_FILED_ON), "appealFiledOn", "收到申诉日期");
        if (filedOn == null) {
            throw new InvalidInputException(
                    "appealFiledOn", "The day the appeal was received is missing", "请填写收到书面申诉的日期");
        }
        DecidedTrack track = decisions
                .decidedTrack(caseNumber, personId)
                .orElseThrow(() -> new InvalidInputException(
                        "respondentPersonId",
                        "Case " + caseNumber + " has no written decision for person id "
                                + PersonIdMasking.mask(personId),
                        "案件 " + caseNumber + " 中没有该被问责人的问责决定书，请核对案件编号和身份证号"));
        if (track.deliveredOn() == null) {
            throw new InvalidInputException(
                    "respondentPersonId",
                    "The decision of case " + caseNumber + " has not been delivered yet",
                    "案件 " + caseNumber + " 的问责决定书尚未登记送达，申诉期限尚未起算");
        }
        LocalDate deliveredOn = LocalDate.parse(track.deliveredOn());
        LocalDate last = AppealDeadline.lastDayToAppeal(deliveredOn);
        boolean inTime = !filedOn.isAfter(last);
        if (inTime) {
            // an appeal dated before the delivery is a typing error, refused like any bad input
            AppealDeadline.checkFiledInTime(deliveredOn, filedOn);
        }
        String approvingGroup =
                track.takenOverByCommission() ? StaffGroup.COMMISSION_LEADERS.id() : track.approvingGroup();
        // the appeal is found with its case (Tasklist's start form sets no business key)
        execution.setProcessBusinessKey(caseNumber);
        execution.setVariable(CaseVariables.CASE_NUMBER, caseNumber);
        execution.setVariable(CaseVariables.RESPONDENT_PERSON_ID, personId);
        execution.setVariable(
                CaseVariables.RESPONDENT,
                SpinValues.jsonValue(track.respondentJson()).create());
        execution.setVariable(CaseVariables.RESPONDENT_NAME, track.respondentName());
        execution.setVariable(CaseVariables.MEASURE, track.measure());
        execution.setVariable(CaseVariables.DECISION_EFFECTIVE_DATE, track.effectiveDate());
        execution.setVariable(
                CaseVariables.DISCIPLINES,
                SpinValues.jsonValue(track.disciplinesJson()).create());
        execution.setVariable(CaseVariables.DELIVERED_ON, deliveredOn.toString());
        execution.setVariable(CaseVariables.APPEAL_DEADLINE, last.toString());
        execution.setVariable(CaseVariables.APPROVING_GROUP, approvingGroup);
        execution.setVariable(CaseVariables.APPROVER_GROUPS, candidateGroups(approvingGroup));
        execution.setVariable(CaseVariables.APPEAL_ADMISSIBLE, inTime);
        if (inTime) {
            // answer within one month of receipt; reminder before, escalation the day after
            LocalDate due = AppealDeadline.lastDayToAnswer(filedOn);
            LocalDate remind = due.minusDays(REMIND_DAYS_BEFORE);
            execution.setVariable(CaseVariables.APPEAL_ANSWER_DUE, due.toString());
            execution.setVariable(
                    CaseVariables.APPEAL_REMIND_AT,
                    CountyCalendar.midnight(remind.isAfter(filedOn) ? remind : filedOn));
            execution.setVariable(CaseVariables.APPEAL_OVERDUE_AT, CountyCalendar.midnight(due.plusDays(1)));
            execution.removeVariable(CaseVariables.APPEAL_REFUSAL);
        } else {
            // nothing is lost: the late appeal stays on record as refused, with the reason staff pass on
            execution.setVariable(
                    CaseVariables.APPEAL_REFUSAL,
                    "申诉已超过期限：应自收到问责决定书之日（" + deliveredOn + "）起一个月内提出，最后一日为 " + last + "；本申诉于 " + filedOn + " 收到，不予受理。");
        }
        LOG.info(
                "Appeal on case {}, person id {}: filed {}, last admissible day {}, {}",
                caseNumber,
                PersonIdMasking.mask(personId),
                filedOn,
                last,
                inTime ? "admissible" : "late, refused");
    }

    /** the approving body's group and the commission's. */
    private static String candidateGroups(String approvingGroup) {
        return StaffGroup.byId(approvingGroup)
                .flatMap(StaffGroup::approves)
                .map(body -> Jurisdiction.candidates(body).stream()
                        .map(b -> StaffGroup.of(b).id())
                        .collect(Collectors.joining(",")))
                .orElse(approvingGroup);
    }

    private static String trimmed(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().trim();
    }
}
