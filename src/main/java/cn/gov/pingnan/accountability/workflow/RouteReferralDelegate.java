package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.Referral;
import cn.gov.pingnan.accountability.rules.ReferralRouting;
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
        Accountable respondent =
                JsonVariables.read(execution, CaseVariables.RESPONDENT).as(Accountable.class);
        Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.MEASURE));
        Referral referral = ReferralRouting.route(
                respondent.employmentStatus(), respondent.crimeSuspected(), respondent.disciplineDue());
        execution.setVariable(CaseVariables.REFERRAL_ROUTE, referral.route().name());
        execution.setVariable(CaseVariables.JUDICIAL_TRANSFER, referral.judicialTransfer());
        execution.setVariable(CaseVariables.DISCIPLINE_REFERRAL, referral.disciplineReferral());
        execution.setVariable(CaseVariables.SCHEDULE_RESTRICTIONS, referral.schedulePostRestrictions());
        execution.setVariable(CaseVariables.REFERRAL_BASIS, String.join(", ", referral.basis()));
        execution.setVariable(CaseVariables.EMPLOYER_REPLY_REMINDER, settings.employerReplyReminder());
        execution.setVariable(
                CaseVariables.RECTIFICATION_REQUIRED, ReferralRouting.tracksRectification(referral.route(), measure));
    }
}
