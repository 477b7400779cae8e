package cn.gov.pingnan.accountability.workflow;

import static cn.gov.pingnan.accountability.casefile.Choices.parse;

import cn.gov.pingnan.accountability.casefile.Finding;
import cn.gov.pingnan.accountability.casefile.IntakeRespondent;
import cn.gov.pingnan.accountability.casefile.ScopeEntry;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.EffectiveDateCheck;
import cn.gov.pingnan.accountability.rules.EffectiveDateFlag;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.Ground;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.RespondentIntakeCheck;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.ScopeDecision;
import cn.gov.pingnan.accountability.rules.WorkField;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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

    private final CountyRules rules;

    public ValidateIntakeDelegate(CountyRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the catalogue of the case's county
        GroundsCatalogue grounds = rules.grounds(execution);
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
            Object field = execution.getVariable(CaseVariables.WORK_FIELD);
            if (parse(WorkField.class, field == null ? null : field.toString(), "workField", "工作领域") == null) {
                throw new InvalidInputException("workField", "Field of work missing", "未选择脱贫攻坚工作领域（第二条）");
            }
        });
        // R-5…R-9: one or more catalogue items
        List<Ground> cited = new ArrayList<>();
        problems.check(() -> cited.addAll(grounds.validateCodes(
                JsonVariables.readArray(execution, CaseVariables.GROUNDS).asTexts())));
        // conduct before 2016-09-14 is flagged, not rejected
        EffectiveDateFlag[] flag = new EffectiveDateFlag[1];
        problems.check(() -> flag[0] = EffectiveDateCheck.check(
                JsonVariables.date(execution.getVariable(CaseVariables.CONDUCT_DATE), "conductDate", "问题发生日期"),
                CountyCalendar.today()));

        List<IntakeRespondent> respondents = List.of();
        try {
            respondents = JsonVariables.readArray(execution, CaseVariables.RESPONDENTS)
                    .asListOf(IntakeRespondent.class);
        } catch (RuleViolationException e) {
            problems.add(e);
        }
        if (respondents.isEmpty()) {
            problems.add("respondents", "No respondent named", "至少须填写一个被问责对象");
        }
        List<ScopeEntry> scopeDecisions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
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
        // R-5…R-9: reviewers, approvers and the closer read the grounds as catalogue text, not codes
        JsonVariables.write(execution, CaseVariables.GROUNDS_CITED, cited);
        execution.setVariable(CaseVariables.IN_SCOPE_COUNT, findings.size());
        execution.setVariable(CaseVariables.RESPONDENT_NAME, String.join("、", names));
    }

    private static void checkRespondent(
            IntakeRespondent r,
            int i,
            Problems problems,
            List<ScopeEntry> scopeDecisions,
            List<Finding> findings,
            List<String> names) {
        String who = "第" + (i + 1) + "个被问责对象";
        String field = "respondents[" + i + "]";
        String name = r.name();
        if (name == null) {
            problems.add(field + ".name", "Respondent " + i + " has no name", who + "未填写名称");
            return;
        }
        names.add(name);
        RespondentKind kind;
        PersonCategory category;
        ManagementLevel level;
        EmploymentStatus status;
        try {
            kind = parse(RespondentKind.class, r.kind(), field + ".kind", who + "类型");
            category = parse(PersonCategory.class, r.category(), field + ".category", who + "类别");
            level = parse(ManagementLevel.class, r.managementLevel(), field + ".managementLevel", who + "干部管理权限");
            status = parse(EmploymentStatus.class, r.employmentStatus(), field + ".employmentStatus", who + "任职状态");
        } catch (RuleViolationException e) {
            problems.add(e);
            return;
        }
        RespondentIntakeCheck.Result checked =
                RespondentIntakeCheck.check(name, kind, r.personId(), category, level, status, r.currentEmployer());
        checked.missing().forEach(missing -> problems.add(field + ".", missing));
        if (!checked.complete()) {
            return;
        }
        ScopeDecision scope = checked.scope();
        scopeDecisions.add(ScopeEntry.of(name, r.personId(), kind, scope));
        if (!scope.inScope()) {
            LOG.info(
                    "Respondent with person id {} not in scope: {}",
                    PersonIdMasking.mask(r.personId()),
                    scope.reasonEn());
            return;
        }
        findings.add(r.toFinding(kind));
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
