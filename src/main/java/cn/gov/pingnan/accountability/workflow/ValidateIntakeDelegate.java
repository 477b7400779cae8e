package cn.gov.pingnan.accountability.workflow;

import static cn.gov.pingnan.accountability.workflow.JsonVariables.enumValue;
import static cn.gov.pingnan.accountability.workflow.JsonVariables.text;

import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.EffectiveDateCheck;
import cn.gov.pingnan.accountability.rules.EffectiveDateFlag;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.ScopeCheck;
import cn.gov.pingnan.accountability.rules.ScopeDecision;
import cn.gov.pingnan.accountability.rules.WorkField;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 校验受理信息: required data, R-2.1 field, R-5…R-9 grounds, R-15 date flag, R-3.2 scope per respondent.
 * Invalid input → {@code intakeValid=false} and Chinese reasons for the correction task 补正受理信息.
 * Valid input → scope decisions recorded, findings prefilled for the in-scope respondents.
 */
@Component("validateIntake")
public class ValidateIntakeDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ValidateIntakeDelegate.class);

    private final GroundsCatalogue grounds;

    public ValidateIntakeDelegate(GroundsCatalogue grounds) {
        this.grounds = grounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Problems problems = new Problems();
        String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);

        if (isBlank(execution.getVariable(CaseVariables.LEAD_SOURCE))) {
            problems.add("leadSource", "Lead source missing", "未填写线索来源");
        }
        if (isBlank(execution.getVariable(CaseVariables.FACTS))) {
            problems.add("facts", "Facts missing", "未填写问题事实");
        }
        // every case records its field of work
        problems.check(() -> {
            if (enumValue(WorkField.class, str(execution.getVariable(CaseVariables.WORK_FIELD)), "workField", "工作领域")
                    == null) {
                throw new InvalidInputException("workField", "Field of work missing", "未选择脱贫攻坚工作领域（第二条）");
            }
        });
        // R-5…R-9: one or more catalogue items
        problems.check(() -> grounds.validateCodes(codes(JsonVariables.readArray(execution, CaseVariables.GROUNDS))));
        // conduct before 2016-09-14 is flagged, not rejected
        EffectiveDateFlag[] flag = new EffectiveDateFlag[1];
        problems.check(() -> flag[0] = EffectiveDateCheck.check(
                JsonVariables.date(execution.getVariable(CaseVariables.CONDUCT_DATE), "conductDate", "问题发生日期"),
                today()));

        ArrayNode respondents = JsonVariables.array();
        try {
            respondents = JsonVariables.readArray(execution, CaseVariables.RESPONDENTS);
        } catch (RuleViolationException e) {
            problems.add(e);
        }
        if (respondents.isEmpty()) {
            problems.add("respondents", "No respondent named", "至少须填写一个被问责对象");
        }
        ArrayNode scopeDecisions = JsonVariables.array();
        ArrayNode findings = JsonVariables.array();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            checkRespondent(respondents.get(i), i, problems, scopeDecisions, findings, names);
        }

        if (!problems.isEmpty()) {
            problems.log(LOG, "Intake", caseNumber);
            execution.setVariable(CaseVariables.INTAKE_VALID, false);
            execution.setVariable(CaseVariables.INTAKE_ERRORS, problems.zh());
            return;
        }
        execution.setVariable(CaseVariables.INTAKE_VALID, true);
        execution.removeVariable(CaseVariables.INTAKE_ERRORS);
        execution.setVariable(CaseVariables.CONDUCT_BEFORE_MEASURES, flag[0].beforeMeasures());
        execution.setVariable(CaseVariables.CONDUCT_DATE_NOTE, flag[0].noteZh());
        if (flag[0].beforeMeasures()) {
            LOG.info("Case {}: {}", caseNumber, flag[0].noteEn());
        }
        // every decision is kept with its reason; out-of-scope respondents close here
        JsonVariables.write(execution, CaseVariables.SCOPE_DECISIONS, scopeDecisions);
        JsonVariables.write(execution, CaseVariables.FINDINGS, findings);
        execution.setVariable(CaseVariables.IN_SCOPE_COUNT, findings.size());
        execution.setVariable(CaseVariables.RESPONDENT_NAME, String.join("、", names));
    }

    private void checkRespondent(
            JsonNode r, int i, Problems problems, ArrayNode scopeDecisions, ArrayNode findings, List<String> names) {
        String who = "第" + (i + 1) + "个被问责对象";
        String field = "respondents[" + i + "]";
        String name = text(r, "name");
        if (name == null) {
            problems.add(field + ".name", "Respondent " + i + " has no name", who + "未填写名称");
            return;
        }
        names.add(name);
        int before = problems.size();
        RespondentKind kind = null;
        PersonCategory category = null;
        ManagementLevel level = null;
        EmploymentStatus status = null;
        try {
            kind = enumValue(RespondentKind.class, text(r, "kind"), field + ".kind", who + "类型");
            category = enumValue(PersonCategory.class, text(r, "category"), field + ".category", who + "类别");
            level = enumValue(
                    ManagementLevel.class, text(r, "managementLevel"), field + ".managementLevel", who + "干部管理权限");
            status = enumValue(
                    EmploymentStatus.class, text(r, "employmentStatus"), field + ".employmentStatus", who + "任职状态");
        } catch (RuleViolationException e) {
            problems.add(e);
            return;
        }
        if (kind == null) {
            problems.add(field + ".kind", "Respondent has no kind", name + "：未选择单位或工作人员");
            return;
        }
        String personId = text(r, "personId");
        if (personId == null) {
            problems.add(
                    field + ".personId",
                    "Respondent has no id",
                    name + "：未填写" + (kind == RespondentKind.UNIT ? "单位统一社会信用代码" : "身份证号或人员编号"));
        }
        ScopeDecision scope = ScopeCheck.check(kind, category);
        if (scope.inScope()) {
            // the management level decides who approves
            if (level == null) {
                problems.add(
                        field + ".managementLevel", "Respondent has no management level", name + "：未选择干部管理权限（第十三条）");
            }
            // the employment status decides how the decision is carried out
            if (kind == RespondentKind.PERSON && status == null) {
                problems.add(
                        field + ".employmentStatus", "Respondent has no employment status", name + "：未选择现任职状态（第十一条）");
            }
            if ((status == EmploymentStatus.LEFT_COUNTY || status == EmploymentStatus.TRANSFERRED_IN_COUNTY)
                    && text(r, "currentEmployer") == null) {
                problems.add(
                        field + ".currentEmployer",
                        "Respondent moved but no current employer given",
                        name + "：已调离，须填写现工作单位");
            }
        }
        if (problems.size() > before) {
            return;
        }
        ObjectNode decision = JsonVariables.object();
        decision.put("name", name);
        decision.put("personId", personId);
        decision.put("kind", kind.name());
        decision.put("inScope", scope.inScope());
        decision.put("reason", scope.reasonZh());
        scopeDecisions.add(decision);
        if (!scope.inScope()) {
            LOG.info("Respondent with person id {} not in scope: {}", PersonIdMasking.mask(personId), scope.reasonEn());
            return;
        }
        ObjectNode finding = ((ObjectNode) r).deepCopy();
        finding.put("kind", kind.name());
        findings.add(finding);
    }

    private static List<String> codes(ArrayNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(n -> codes.add(n.asText()));
        return codes;
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkflowSettings.ZONE);
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
