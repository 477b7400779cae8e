package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.casefile.DisciplineEntry;
import cn.gov.pingnan.accountability.casefile.RestrictionEntry;
import cn.gov.pingnan.accountability.decision.DecisionDocument;
import cn.gov.pingnan.accountability.decision.DecisionPdf;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.DisciplinePeriod;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.ReferralRoute;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 制作问责决定书: the written decision of this respondent as PDF, stored with the case as the file variable
 * {@code decisionDocument} (docs/decision.md). Reads what the track decided: respondent, facts and grounds
 * (R-5…R-9), responsibility, grade and measure, referral and discipline, the registered
 * restrictions, approving body and signature, effective date.
 */
@Component("produceDecisionDocument")
public class ProduceDecisionDocumentDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ProduceDecisionDocumentDelegate.class);
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DecisionPdf pdf;
    private final CountyRules rules;
    private final IdentityService identityService;

    public ProduceDecisionDocumentDelegate(DecisionPdf pdf, CountyRules rules, IdentityService identityService) {
        this.pdf = pdf;
        this.rules = rules;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DecisionDocument document = documentOf(execution);
        byte[] bytes = pdf.render(document, ClockUtil.getCurrentTime().toInstant());
        String personId = JsonVariables.read(execution, CaseVariables.RESPONDENT)
                .as(Accountable.class)
                .personId();
        execution.setVariable(
                CaseVariables.DECISION_DOCUMENT,
                Variables.fileValue("问责决定书-" + document.caseNumber() + ".pdf")
                        .file(bytes)
                        .mimeType("application/pdf")
                        .create());
        execution.setVariable(CaseVariables.DECISION_PERSON_ID, personId);
        execution.setVariable(
                CaseVariables.DECISION_DOCUMENT_URL,
                "/api/cases/" + document.caseNumber() + "/decisions/" + personId + ".pdf");
        LOG.info(
                "Case {}: decision document ({} bytes) produced for person id {}",
                document.caseNumber(),
                bytes.length,
                PersonIdMasking.mask(personId));
    }

    /** the county whose tables a document of this execution cites. */
    String countyOf(DelegateExecution execution) {
        return rules.countyOf(execution);
    }

    DecisionDocument documentOf(DelegateExecution execution) {
        return documentOf((VariableLookup) execution::getVariable, rules.countyOf(execution));
    }

    /**
     * The document from the track's variables, as the step reads them or as the history keeps them, with the
     * catalogue texts of county {@code countyId}.
     */
    DecisionDocument documentOf(VariableLookup execution, String countyId) {
        GroundsCatalogue grounds = rules.grounds(countyId);
        DisciplineCatalogue disciplines = rules.disciplines(countyId);
        Accountable respondent =
                JsonVariables.read(execution, CaseVariables.RESPONDENT).as(Accountable.class);
        List<DecisionDocument.GroundText> cited = new ArrayList<>();
        for (String code :
                JsonVariables.readArray(execution, CaseVariables.GROUNDS).asTexts()) {
            // R-5…R-9: the catalogue is the single source of the items' text
            grounds.find(code)
                    .ifPresent(g -> cited.add(new DecisionDocument.GroundText(g.code(), g.article(), g.textZh())));
        }
        List<String> imposed = new ArrayList<>();
        for (DisciplineEntry d :
                JsonVariables.readArray(execution, CaseVariables.DISCIPLINES).asListOf(DisciplineEntry.class)) {
            String label =
                    disciplines.find(d.type()).map(DisciplinePeriod::labelZh).orElse(d.type());
            imposed.add(label + "，自 " + d.effectiveDate() + " 起");
        }
        List<DecisionDocument.Restriction> restrictions = new ArrayList<>();
        for (RestrictionEntry r :
                JsonVariables.readArray(execution, CaseVariables.RESTRICTIONS).asListOf(RestrictionEntry.class)) {
            restrictions.add(new DecisionDocument.Restriction(r.label(), r.from(), r.until(), r.basis()));
        }
        String measure = (String) execution.getVariable(CaseVariables.MEASURE);
        String grade = (String) execution.getVariable(CaseVariables.GRADE);
        String route = (String) execution.getVariable(CaseVariables.REFERRAL_ROUTE);
        String signer = (String) execution.getVariable("approveDecision" + CaseVariables.SIGNED_BY_SUFFIX);
        Object signedAt = execution.getVariable("approveDecision" + CaseVariables.SIGNED_AT_SUFFIX);
        // where the commission decided instead of the competent body, it is the approving body
        String approvingGroup = Boolean.TRUE.equals(execution.getVariable(CaseVariables.TAKEN_OVER_BY_COMMISSION))
                ? StaffGroup.COMMISSION_LEADERS.id()
                : (String) execution.getVariable(CaseVariables.APPROVING_GROUP);
        return new DecisionDocument(
                (String) execution.getVariable(CaseVariables.CASE_NUMBER),
                respondent.name(),
                respondent.unit(),
                respondent.post(),
                (String) execution.getVariable(CaseVariables.FACTS),
                cited,
                respondent.responsibilityZh(),
                grade == null ? null : SeverityGrade.valueOf(grade).labelZh(),
                measure == null ? null : Measure.valueOf(measure).labelZh(),
                route == null ? null : ReferralRoute.valueOf(route).labelZh(),
                imposed,
                restrictions,
                StaffGroup.byId(approvingGroup).map(StaffGroup::nameZh).orElse(approvingGroup),
                signerName(signer),
                signedAtText(signedAt),
                JsonVariables.date(
                        execution.getVariable(CaseVariables.DECISION_EFFECTIVE_DATE),
                        "decisionEffectiveDate",
                        "问责决定生效日期"),
                null);
    }

    /** when the signature was given, to the minute in the county's time. */
    static String signedAtText(Object signedAt) {
        return signedAt instanceof Date d
                ? SIGNED_AT.format(d.toInstant().atZone(WorkflowSettings.ZONE))
                : (signedAt == null ? null : signedAt.toString());
    }

    /** the signer by name and user id, so the document names a person, not only an account. */
    String signerName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        // the seeded users carry the full name as first name and the office as last name
        String name = user.getFirstName() != null && !user.getFirstName().isBlank()
                ? user.getFirstName().trim()
                : (user.getLastName() == null ? "" : user.getLastName().trim());
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }
}
