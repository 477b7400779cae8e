package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.casefile.Finding;
import cn.gov.pingnan.accountability.casefile.IntakeRespondent;
import cn.gov.pingnan.accountability.casefile.ScopeEntry;
import cn.gov.pingnan.accountability.casefile.SignatoryEntry;
import cn.gov.pingnan.accountability.rules.AttributedRespondent;
import cn.gov.pingnan.accountability.rules.Attribution;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.Respondent;
import cn.gov.pingnan.accountability.rules.RespondentDataCheck;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.ScopeCheck;
import cn.gov.pingnan.accountability.rules.ScopeDecision;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import cn.gov.pingnan.accountability.rules.Signatory;
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
        try {
            List<ScopeEntry> scopeDecisions =
                    new ArrayList<>(JsonVariables.readArray(execution, CaseVariables.SCOPE_DECISIONS)
                            .asListOf(ScopeEntry.class));
            Map<String, IntakeRespondent> intake = new LinkedHashMap<>();
            for (IntakeRespondent r : JsonVariables.readArray(execution, CaseVariables.RESPONDENTS)
                    .asListOf(IntakeRespondent.class)) {
                intake.putIfAbsent(r.personId(), r);
            }
            List<Respondent> named = new ArrayList<>();
            Map<String, Finding> findingOf = new LinkedHashMap<>();
            List<Finding> findings =
                    JsonVariables.readArray(execution, CaseVariables.FINDINGS).asListOf(Finding.class);
            for (int i = 0; i < findings.size(); i++) {
                // the form submits the investigators' fields; the respondent's data comes from the intake
                Finding f =
                        findings.get(i).completedFrom(intake.get(findings.get(i).personId()));
                Respondent r = f.toRespondent("findings[" + i + "]");
                named.add(r);
                findingOf.putIfAbsent(r.personId(), f);
                if (r.isUnit()) {
                    findingOf.putIfAbsent(r.partyHead().personId(), f);
                    findingOf.putIfAbsent(r.adminHead().personId(), f);
                }
            }
            List<Signatory> signatories = new ArrayList<>();
            List<SignatoryEntry> signed = JsonVariables.readArray(execution, CaseVariables.SIGNATORIES)
                    .asListOf(SignatoryEntry.class);
            for (int j = 0; j < signed.size(); j++) {
                String field = "signatories[" + j + "]";
                Finding s = signed.get(j).toFinding();
                Respondent p = s.toPerson(field);
                ScopeDecision scope = ScopeCheck.check(RespondentKind.PERSON, p.category());
                if (!scope.inScope()) {
                    // an out-of-scope signatory is recorded with the reason, not sanctioned
                    scopeDecisions.add(ScopeEntry.of(p.name(), p.personId(), RespondentKind.PERSON, scope));
                    continue;
                }
                signatories.add(new Signatory(
                        p,
                        signed.get(j).signedDocument(),
                        signed.get(j).exclusion(field),
                        signed.get(j).exclusionReason()));
                findingOf.putIfAbsent(p.personId(), s);
            }
            boolean collective = Boolean.TRUE.equals(execution.getVariable(CaseVariables.COLLECTIVE_DECISION));
            List<Accountable> accountables = new ArrayList<>();
            for (AttributedRespondent a : Attribution.expand(named, signatories, collective)) {
                Accountable entry = accountableOf(a, findingOf.get(a.personId()), problems);
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

    /** The respondent with their finding, or {@code null} with the reasons when data is missing. */
    private static Accountable accountableOf(AttributedRespondent a, Finding finding, Problems problems) {
        Respondent r = a.respondent();
        SeverityGrade grade = finding == null ? null : finding.grade(r.name() + "情节认定");
        if (grade == null) {
            problems.add("severityGrade", "Respondent has no severity grade", r.name() + "：未认定情节轻重（第十条）");
        }
        // a unit is held accountable where it is: the decision is delivered to the unit itself
        EmploymentStatus status = r.isUnit() ? EmploymentStatus.IN_POST : r.employmentStatus();
        List<RuleViolationException> missing =
                RespondentDataCheck.missing(r.name(), r.kind(), r.managementLevel(), status, r.currentEmployer());
        missing.forEach(problems::add);
        if (grade == null || !missing.isEmpty()) {
            return null;
        }
        return Accountable.of(a, finding, grade, status);
    }
}
