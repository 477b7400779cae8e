package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.casefile.DisciplineEntry;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.AppealOutcome;
import cn.gov.pingnan.accountability.rules.AppealRestrictions;
import cn.gov.pingnan.accountability.rules.DisciplineImposed;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.tenant.Counties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 执行申诉处理决定, in one transaction: 维持 leaves the register as it is; 变更 ends the rows of the decision
 * today and adds the rows of the new measure from today (R-12 from the original effective date); 撤销 ends every
 * row of the decision today, the award ineligibility included. Ended rows' period processes are stopped, new rows
 * get their own; the register's history names who and why. Until this step, the restrictions stay in force.
 */
@Component("applyAppealDecision")
public class ApplyAppealDecisionDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyAppealDecisionDelegate.class);

    private final RestrictionRegister register;
    private final CountyRules rules;
    private final RuntimeService runtimeService;
    private final Counties counties;

    public ApplyAppealDecisionDelegate(
            RestrictionRegister register, CountyRules rules, RuntimeService runtimeService, Counties counties) {
        this.register = register;
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.counties = counties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppealOutcome outcome = AppealOutcome.valueOf((String) execution.getVariable(CaseVariables.APPEAL_OUTCOME));
        String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
        Accountable respondent =
                JsonVariables.read(execution, CaseVariables.RESPONDENT).as(Accountable.class);
        RestrictedPerson person = new RestrictedPerson(respondent.personId(), respondent.name(), respondent.unit());
        String signer = (String) execution.getVariable("decideAppeal" + CaseVariables.SIGNED_BY_SUFFIX);
        // the history names the appeal (its day of receipt) the change came from
        String reason = outcome.labelZh() + "（"
                + JsonVariables.date(execution.getVariable(CaseVariables.APPEAL_FILED_ON), "appealFiledOn", "收到申诉日期")
                + " 收到的申诉）："
                + execution.getVariable(CaseVariables.APPEAL_DECISION_REASON);
        LocalDate today = CountyCalendar.today();
        if (outcome == AppealOutcome.UPHOLD) {
            execution.setVariable(CaseVariables.APPEAL_RESULT, "维持原问责决定，影响期不变。");
            return;
        }
        // Issue 14: only the rows of the appeal's county
        String county = counties.countyOf(execution.getTenantId());
        List<RegisteredRestriction> ended = register.end(county, caseNumber, person.personId(), today, reason, signer);
        ended.forEach(row -> RestrictionPeriods.stop(runtimeService, row.id(), reason));
        List<RegisteredRestriction> added = List.of();
        if (outcome == AppealOutcome.CHANGE) {
            Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.APPEAL_NEW_MEASURE));
            LocalDate effective = JsonVariables.date(
                    execution.getVariable(CaseVariables.DECISION_EFFECTIVE_DATE), "decisionEffectiveDate", "问责决定生效日期");
            List<DisciplineImposed> imposed = new ArrayList<>();
            for (DisciplineEntry d : JsonVariables.readArray(execution, CaseVariables.DISCIPLINES)
                    .asListOf(DisciplineEntry.class)) {
                imposed.add(new DisciplineImposed(
                        d.type(), JsonVariables.date(d.effectiveDate(), "disciplines.effectiveDate", "处分生效日期")));
            }
            List<RestrictionPeriod> periods = AppealRestrictions.fromChangeDay(
                    rules.calculator(execution).compute(measure, effective, imposed), today);
            added = register.record(county, caseNumber, person, periods, signer, reason);
            added.forEach(row -> ScheduleRestrictionsDelegate.startPeriod(runtimeService, caseNumber, person, row));
            execution.setVariable(CaseVariables.MEASURE, measure.name());
        }
        // what changed, for the written document of the outcome
        JsonVariables.write(
                execution,
                CaseVariables.APPEAL_ENDED_RESTRICTIONS,
                ended.stream().map(RestrictionPeriods::entry).toList());
        JsonVariables.write(
                execution,
                CaseVariables.APPEAL_ADDED_RESTRICTIONS,
                added.stream().map(RestrictionPeriods::entry).toList());
        execution.setVariable(
                CaseVariables.APPEAL_RESULT,
                outcome.labelZh() + "：自 " + today + " 起终止影响期 " + ended.size() + " 项"
                        + (outcome == AppealOutcome.CHANGE ? "，按变更后的问责方式登记影响期 " + added.size() + " 项" : "")
                        + "。");
        LOG.info(
                "Appeal on case {}, person id {}: {} — {} rows ended, {} added",
                caseNumber,
                PersonIdMasking.mask(person.personId()),
                outcome,
                ended.size(),
                added.size());
    }
}
