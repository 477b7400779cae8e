package cn.gov.pingnan.accountability.workflow;

import static cn.gov.pingnan.accountability.workflow.JsonVariables.enumValue;
import static cn.gov.pingnan.accountability.workflow.JsonVariables.flag;
import static cn.gov.pingnan.accountability.workflow.JsonVariables.text;

import cn.gov.pingnan.accountability.rules.AttributedRespondent;
import cn.gov.pingnan.accountability.rules.Attribution;
import cn.gov.pingnan.accountability.rules.CaseRole;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.Respondent;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.ScopeCheck;
import cn.gov.pingnan.accountability.rules.ScopeDecision;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import cn.gov.pingnan.accountability.rules.Signatory;
import cn.gov.pingnan.accountability.rules.SignatoryExclusionReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 认定被问责对象: R-4.1 (a unit brings both its heads), R-4.2 (signatories become respondents unless excluded
 * with a written reason), R-8 (responsibility type), R-9 (a third-party acceptance never drops anyone).
 * The heads of a unit share the unit's finding (grade, Art. 9, discipline, crime): 捆绑问责.
 */
@Component("attributeResponsibility")
public class AttributeResponsibilityDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(AttributeResponsibilityDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        Problems problems = new Problems();
        String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
        List<Respondent> named = new ArrayList<>();
        List<Signatory> signatories = new ArrayList<>();
        Map<String, JsonNode> findingOf = new LinkedHashMap<>();
        ArrayNode scopeDecisions = JsonVariables.readArray(execution, CaseVariables.SCOPE_DECISIONS);
        try {
            Map<String, JsonNode> intake = new LinkedHashMap<>();
            for (JsonNode r : JsonVariables.readArray(execution, CaseVariables.RESPONDENTS)) {
                intake.putIfAbsent(text(r, "personId"), r);
            }
            ArrayNode findings = JsonVariables.readArray(execution, CaseVariables.FINDINGS);
            for (int i = 0; i < findings.size(); i++) {
                // the form submits the investigators' fields; the respondent's data comes from the intake
                JsonNode f = merged(intake.get(text(findings.get(i), "personId")), findings.get(i));
                Respondent r = respondentOf(f, "findings[" + i + "]");
                named.add(r);
                findingOf.putIfAbsent(r.personId(), f);
                if (r.isUnit()) {
                    findingOf.putIfAbsent(r.partyHead().personId(), f);
                    findingOf.putIfAbsent(r.adminHead().personId(), f);
                }
            }
            ArrayNode signed = JsonVariables.readArray(execution, CaseVariables.SIGNATORIES);
            for (int j = 0; j < signed.size(); j++) {
                JsonNode s = signatory(signed.get(j));
                Respondent p = personOf(s, "signatories[" + j + "]");
                ScopeDecision scope = ScopeCheck.check(RespondentKind.PERSON, p.category());
                if (!scope.inScope()) {
                    // an out-of-scope signatory is recorded with the reason, not sanctioned
                    ObjectNode d = scopeDecisions.addObject();
                    d.put("name", p.name())
                            .put("personId", p.personId())
                            .put("kind", RespondentKind.PERSON.name())
                            .put("inScope", false)
                            .put("reason", scope.reasonZh());
                    continue;
                }
                SignatoryExclusionReason code = enumValue(
                        SignatoryExclusionReason.class,
                        text(s, "exclusionCode"),
                        "signatories[" + j + "].exclusionCode",
                        "不列为被问责对象的理由");
                signatories.add(new Signatory(p, text(s, "signedDocument"), code, text(s, "exclusionReason")));
                findingOf.putIfAbsent(p.personId(), s);
            }
            boolean collective = Boolean.TRUE.equals(execution.getVariable(CaseVariables.COLLECTIVE_DECISION));
            List<AttributedRespondent> attributed = Attribution.expand(named, signatories, collective);
            ArrayNode accountables = JsonVariables.array();
            for (AttributedRespondent a : attributed) {
                ObjectNode entry = accountableOf(a, findingOf.get(a.personId()), problems);
                if (entry != null) {
                    accountables.add(entry);
                }
            }
            if (problems.isEmpty()) {
                execution.setVariable(CaseVariables.INVESTIGATION_VALID, true);
                execution.removeVariable(CaseVariables.INVESTIGATION_ERRORS);
                JsonVariables.write(execution, CaseVariables.ACCOUNTABLES, accountables);
                JsonVariables.write(execution, CaseVariables.SCOPE_DECISIONS, scopeDecisions);
                execution.setVariable(CaseVariables.ACCOUNTABLE_COUNT, accountables.size());
                LOG.info("Case {}: {} respondents after attribution", caseNumber, accountables.size());
                return;
            }
        } catch (RuleViolationException e) {
            problems.add(e);
        }
        problems.log(LOG, "Investigation", caseNumber);
        execution.setVariable(CaseVariables.INVESTIGATION_VALID, false);
        execution.setVariable(CaseVariables.INVESTIGATION_ERRORS, problems.zh());
    }

    private static JsonNode merged(JsonNode intake, JsonNode finding) {
        ObjectNode m = intake == null ? JsonVariables.object() : ((ObjectNode) intake).deepCopy();
        finding.fields().forEachRemaining(e -> m.set(e.getKey(), e.getValue()));
        return m;
    }

    /** The signatory list of the form uses its own keys (signerName …); the rules use the respondent's. */
    private static JsonNode signatory(JsonNode s) {
        ObjectNode o = JsonVariables.object();
        String[][] keys = {
            {"signerName", "name"},
            {"signerId", "personId"},
            {"signerUnit", "unit"},
            {"signerPost", "post"},
            {"signerCategory", "category"},
            {"signerLevel", "managementLevel"},
            {"signerStatus", "employmentStatus"},
            {"signerEmployer", "currentEmployer"},
            {"signerRole", "role"},
            {"signerGrade", "severityGrade"},
            {"signerAggravated", "aggravatedArt9"},
            {"signerDisciplineDue", "disciplineDue"},
            {"signerCrimeSuspected", "crimeSuspected"},
            {"signedDocument", "signedDocument"},
            {"exclusionCode", "exclusionCode"},
            {"exclusionReason", "exclusionReason"}
        };
        for (String[] k : keys) {
            JsonNode v = s.has(k[0]) ? s.get(k[0]) : s.get(k[1]);
            if (v != null) {
                o.set(k[1], v);
            }
        }
        return o;
    }

    private static ObjectNode accountableOf(AttributedRespondent a, JsonNode finding, Problems problems) {
        Respondent r = a.respondent();
        String name = r.name();
        SeverityGrade grade =
                enumValue(SeverityGrade.class, text(finding, "severityGrade"), "severityGrade", name + "情节认定");
        if (grade == null) {
            problems.add("severityGrade", "No severity grade for " + r.personId(), name + "：未认定情节轻重（第十条）");
        }
        if (r.managementLevel() == null) {
            problems.add("managementLevel", "No management level for " + r.personId(), name + "：未选择干部管理权限（第十三条）");
        }
        // a unit is held accountable where it is: the decision is delivered to the unit itself
        EmploymentStatus status = r.isUnit() ? EmploymentStatus.IN_POST : r.employmentStatus();
        if (status == null) {
            problems.add("employmentStatus", "No employment status for " + r.personId(), name + "：未选择现任职状态（第十一条）");
        }
        if ((status == EmploymentStatus.LEFT_COUNTY || status == EmploymentStatus.TRANSFERRED_IN_COUNTY)
                && (r.currentEmployer() == null || r.currentEmployer().isBlank())) {
            problems.add("currentEmployer", "No current employer for " + r.personId(), name + "：已调离，须填写现工作单位");
        }
        if (grade == null || r.managementLevel() == null || status == null) {
            return null;
        }
        ObjectNode o = JsonVariables.object();
        o.put("personId", r.personId());
        o.put("name", name);
        o.put("kind", r.kind().name());
        o.put("unit", r.unit());
        o.put("post", r.post());
        o.put("category", r.category() == null ? null : r.category().name());
        o.put("managementLevel", r.managementLevel().name());
        o.put("employmentStatus", status.name());
        o.put("currentEmployer", r.currentEmployer());
        o.put("responsibility", a.responsibility().name());
        o.put("responsibilityZh", a.responsibility().labelZh());
        o.put("basis", String.join(", ", a.basis()));
        o.put("severityGrade", grade.name());
        o.put("aggravatedArt9", flag(finding, "aggravatedArt9"));
        o.put("disciplineDue", flag(finding, "disciplineDue"));
        o.put("crimeSuspected", flag(finding, "crimeSuspected"));
        return o;
    }

    private static Respondent respondentOf(JsonNode f, String field) {
        RespondentKind kind = enumValue(RespondentKind.class, text(f, "kind"), field + ".kind", "被问责对象类型");
        if (kind == RespondentKind.UNIT) {
            PersonCategory category = enumValue(PersonCategory.class, text(f, "category"), field + ".category", "类别");
            ManagementLevel level =
                    enumValue(ManagementLevel.class, text(f, "managementLevel"), field + ".managementLevel", "干部管理权限");
            String unitName = text(f, "name");
            Respondent partyHead = text(f, "partyHeadName") == null && text(f, "partyHeadId") == null
                    ? null
                    : headOf(f, "partyHead", field, unitName, category, level);
            Respondent adminHead = text(f, "adminHeadName") == null && text(f, "adminHeadId") == null
                    ? null
                    : headOf(f, "adminHead", field, unitName, category, level);
            return Respondent.unit(text(f, "personId"), unitName, category, level, partyHead, adminHead);
        }
        return personOf(f, field);
    }

    /** a head of the unit, in the unit's category and management level. */
    private static Respondent headOf(
            JsonNode f, String prefix, String field, String unitName, PersonCategory category, ManagementLevel level) {
        EmploymentStatus status = enumValue(
                EmploymentStatus.class, text(f, prefix + "Status"), field + "." + prefix + "Status", "负责人任职状态");
        return new Respondent(
                text(f, prefix + "Id"),
                text(f, prefix + "Name"),
                RespondentKind.PERSON,
                unitName,
                text(f, prefix + "Post"),
                category,
                level,
                status,
                text(f, prefix + "Employer"),
                null,
                null,
                null);
    }

    private static Respondent personOf(JsonNode f, String field) {
        CaseRole role = enumValue(CaseRole.class, text(f, "role"), field + ".role", "角色");
        return Respondent.person(
                text(f, "personId"),
                text(f, "name"),
                text(f, "unit"),
                text(f, "post"),
                enumValue(PersonCategory.class, text(f, "category"), field + ".category", "类别"),
                enumValue(ManagementLevel.class, text(f, "managementLevel"), field + ".managementLevel", "干部管理权限"),
                enumValue(EmploymentStatus.class, text(f, "employmentStatus"), field + ".employmentStatus", "任职状态"),
                text(f, "currentEmployer"),
                role);
    }
}
