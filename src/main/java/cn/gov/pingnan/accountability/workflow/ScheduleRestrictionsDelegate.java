package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.casefile.DisciplineEntry;
import cn.gov.pingnan.accountability.casefile.RestrictionEntry;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
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
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 登记影响期: computes the restrictions from the measure, the effective date and the discipline
 * imposed (longer-of rule), writes them to the register in this transaction and starts one
 * {@code restriction-period} per row — a call activity would keep this case open for years.
 */
@Component("scheduleRestrictions")
public class ScheduleRestrictionsDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRestrictionsDelegate.class);

    private final CountyRules rules;
    private final RestrictionRegister register;
    private final RuntimeService runtimeService;
    private final Counties counties;

    public ScheduleRestrictionsDelegate(
            CountyRules rules, RestrictionRegister register, RuntimeService runtimeService, Counties counties) {
        this.rules = rules;
        this.register = register;
        this.runtimeService = runtimeService;
        this.counties = counties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
        Accountable respondent =
                JsonVariables.read(execution, CaseVariables.RESPONDENT).as(Accountable.class);
        Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.MEASURE));
        LocalDate effective = JsonVariables.date(
                execution.getVariable(CaseVariables.DECISION_EFFECTIVE_DATE), "decisionEffectiveDate", "问责决定生效日期");
        List<DisciplineImposed> imposed = new ArrayList<>();
        // →: the discipline recorded on the case feeds the longer-of rule
        for (DisciplineEntry d :
                JsonVariables.readArray(execution, CaseVariables.DISCIPLINES).asListOf(DisciplineEntry.class)) {
            imposed.add(new DisciplineImposed(
                    d.type(), JsonVariables.date(d.effectiveDate(), "disciplines.effectiveDate", "处分生效日期")));
        }
        // the influence periods of the case's county
        List<RestrictionPeriod> periods = rules.calculator(execution).compute(measure, effective, imposed);
        RestrictedPerson person = new RestrictedPerson(respondent.personId(), respondent.name(), respondent.unit());
        String signer = (String) execution.getVariable("approveDecision" + CaseVariables.SIGNED_BY_SUFFIX);
        List<RegisteredRestriction> rows;
        try {
            // Issue 14: the rows belong to the county of the case
            rows = register.record(
                    counties.countyOf(execution.getTenantId()), caseNumber, person, periods, signer, "问责决定");
        } catch (RuntimeException e) {
            // the rows and the started periods roll back with this job; the incident names the case, the person
            // only by the tail of the id
            String masked = PersonIdMasking.mask(person.personId());
            throw new StepFailedException(
                    "Register write failed for case " + caseNumber + ", person id " + masked,
                    "影响期登记失败（案件 " + caseNumber + "，人员 " + masked + "）",
                    e);
        }

        List<RestrictionEntry> summary = new ArrayList<>();
        for (RegisteredRestriction row : rows) {
            summary.add(RestrictionPeriods.entry(row));
            startPeriod(runtimeService, caseNumber, person, row);
        }
        JsonVariables.write(execution, CaseVariables.RESTRICTIONS, summary);
        LOG.info(
                "Case {}: {} restrictions registered for person id {}",
                caseNumber,
                rows.size(),
                PersonIdMasking.mask(person.personId()));
    }

    /** one restriction-period instance per row, ending it by itself on its until date (also after A-4). */
    static void startPeriod(
            RuntimeService runtimeService, String caseNumber, RestrictedPerson person, RegisteredRestriction row) {
        VariableMap period = Variables.createVariables()
                .putValue(CaseVariables.CASE_NUMBER, caseNumber)
                .putValue(CaseVariables.RESPONDENT_NAME, person.name())
                .putValue(CaseVariables.PERSON_ID, person.personId())
                .putValue(CaseVariables.RESTRICTION_ID, row.id())
                .putValue(CaseVariables.RESTRICTION_TYPE, row.type().name())
                .putValue(CaseVariables.RESTRICTION_LABEL, row.type().labelZh())
                .putValue(CaseVariables.RESTRICTION_FROM, row.from().toString())
                .putValue(CaseVariables.RESTRICTION_UNTIL, row.until().toString())
                // until is the first free day; the restriction ends at 00:00 Asia/Shanghai of that day
                .putValue(CaseVariables.EXPIRES_AT, CountyCalendar.midnight(row.until()));
        try {
            // Issue 14: the period process of the case's own county (its tenant); by key alone an operator's or
            // the job executor's start would find one definition per county
            ProcessInstantiationBuilder start = runtimeService
                    .createProcessInstanceByKey(ProcessKeys.RESTRICTION_PERIOD)
                    .businessKey(caseNumber)
                    .setVariables(period);
            String tenantId = currentTenantId();
            if (tenantId != null) {
                start.processDefinitionTenantId(tenantId);
            }
            start.execute();
        } catch (RuntimeException e) {
            throw new StepFailedException(
                    "Starting the restriction period for restriction " + row.id() + " failed",
                    "启动影响期管理失败（编号 " + row.id() + "）",
                    e);
        }
    }

    /** The tenant of the execution this step runs in; null without tenants (process tests) or outside a step. */
    static String currentTenantId() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null || context.getExecution() == null
                ? null
                : context.getExecution().getTenantId();
    }
}
