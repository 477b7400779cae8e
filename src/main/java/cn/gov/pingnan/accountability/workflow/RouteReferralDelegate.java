package cn.gov.pingnan.accountability.workflow;

import static cn.gov.pingnan.accountability.workflow.JsonVariables.flag;
import static cn.gov.pingnan.accountability.workflow.JsonVariables.text;

import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.Referral;
import cn.gov.pingnan.accountability.rules.ReferralRoute;
import cn.gov.pingnan.accountability.rules.ReferralRouting;
import cn.gov.pingnan.accountability.rules.SanctionGrading;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 确定执行方式: by employment status, crime suspected and discipline due. */
@Component("routeReferral")
public class RouteReferralDelegate implements JavaDelegate {

    private final WorkflowSettings settings;

    public RouteReferralDelegate(WorkflowSettings settings) {
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JsonNode respondent = JsonVariables.read(execution, CaseVariables.RESPONDENT);
        EmploymentStatus status = JsonVariables.enumValue(
                EmploymentStatus.class, text(respondent, "employmentStatus"), "employmentStatus", "任职状态");
        Referral referral =
                ReferralRouting.route(status, flag(respondent, "crimeSuspected"), flag(respondent, "disciplineDue"));
        execution.setVariable(CaseVariables.REFERRAL_ROUTE, referral.route().name());
        execution.setVariable(CaseVariables.JUDICIAL_TRANSFER, referral.judicialTransfer());
        execution.setVariable(CaseVariables.DISCIPLINE_REFERRAL, referral.disciplineReferral());
        execution.setVariable(CaseVariables.SCHEDULE_RESTRICTIONS, referral.schedulePostRestrictions());
        execution.setVariable(CaseVariables.REFERRAL_BASIS, String.join(", ", referral.basis()));
        execution.setVariable(CaseVariables.EMPLOYER_REPLY_REMINDER, settings.employerReplyReminder());
        Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.MEASURE));
        // the county tracks rectification where it carries out the decision itself (not employer, not retired)
        boolean countyCarriesOut = referral.route() == ReferralRoute.DELIVER_DECISION
                || referral.route() == ReferralRoute.COMMISSION_HANDLES;
        execution.setVariable(
                CaseVariables.RECTIFICATION_REQUIRED,
                countyCarriesOut && SanctionGrading.requiresRectification(measure));
    }
}
