package cn.gov.pingnan.accountability.workflow;

import static cn.gov.pingnan.accountability.workflow.JsonVariables.text;

import cn.gov.pingnan.accountability.identity.ProcessKeys;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.DisciplineImposed;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * 登记影响期: computes the restrictions from the measure, the effective date and the discipline
 * imposed (longer-of rule), writes them to the register in this transaction and starts one
 * {@code restriction-period} per row — a call activity would keep this case open for years.
 */
@Component("scheduleRestrictions")
public class ScheduleRestrictionsDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRestrictionsDelegate.class);

    private final RestrictionCalculator calculator;
    private final ObjectProvider<RestrictionRegister> register;
    private final RuntimeService runtimeService;

    public ScheduleRestrictionsDelegate(
            RestrictionCalculator calculator,
            ObjectProvider<RestrictionRegister> register,
            RuntimeService runtimeService) {
        this.calculator = calculator;
        this.register = register;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
        JsonNode respondent = JsonVariables.read(execution, CaseVariables.RESPONDENT);
        Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.MEASURE));
        LocalDate effective = JsonVariables.date(
                execution.getVariable(CaseVariables.DECISION_EFFECTIVE_DATE), "decisionEffectiveDate", "问责决定生效日期");
        List<DisciplineImposed> imposed = new ArrayList<>();
        // →: the discipline recorded on the case feeds the longer-of rule
        for (JsonNode d : JsonVariables.readArray(execution, CaseVariables.DISCIPLINES)) {
            imposed.add(new DisciplineImposed(
                    text(d, "type"),
                    JsonVariables.date(text(d, "effectiveDate"), "disciplines.effectiveDate", "处分生效日期")));
        }
        List<RestrictionPeriod> periods = calculator.compute(measure, effective, imposed);
        RestrictedPerson person =
                new RestrictedPerson(text(respondent, "personId"), text(respondent, "name"), text(respondent, "unit"));
        String signer = (String) execution.getVariable("approveDecision" + CaseVariables.SIGNED_BY_SUFFIX);
        List<RegisteredRestriction> rows;
        try {
            rows = register().record(caseNumber, person, periods, signer);
        } catch (RuntimeException e) {
            // the rows and the started periods roll back with this job; the incident names the case, the person
            // only by the tail of the id
            String masked = PersonIdMasking.mask(person.personId());
            throw new StepFailedException(
                    "Register write failed for case " + caseNumber + ", person id " + masked,
                    "影响期登记失败（案件 " + caseNumber + "，人员 " + masked + "）",
                    e);
        }

        ArrayNode summary = JsonVariables.array();
        for (RegisteredRestriction row : rows) {
            ObjectNode o = summary.addObject();
            o.put("id", row.id())
                    .put("type", row.type().name())
                    .put("label", row.type().labelZh())
                    .put("from", row.from().toString())
                    .put("until", row.until().toString())
                    .put("basis", row.basis());
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
                    .putValue(CaseVariables.EXPIRES_AT, PlanRectificationListener.midnight(row.until()));
            try {
                runtimeService.startProcessInstanceByKey(ProcessKeys.RESTRICTION_PERIOD, caseNumber, period);
            } catch (RuntimeException e) {
                throw new StepFailedException(
                        "Starting the restriction period for restriction " + row.id() + " failed",
                        "启动影响期管理失败（编号 " + row.id() + "）",
                        e);
            }
        }
        JsonVariables.write(execution, CaseVariables.RESTRICTIONS, summary);
        LOG.info(
                "Case {}: {} restrictions registered for person id {}",
                caseNumber,
                rows.size(),
                PersonIdMasking.mask(person.personId()));
    }

    /** The register implementation comes from package register (branch register); without it this step cannot run. */
    private RestrictionRegister register() {
        RestrictionRegister r = register.getIfAvailable();
        if (r == null) {
            throw new IllegalStateException("No RestrictionRegister bean: the restriction register is not installed");
        }
        return r;
    }
}
