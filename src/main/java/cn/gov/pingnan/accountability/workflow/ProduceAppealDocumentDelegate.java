package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.casefile.RestrictionEntry;
import cn.gov.pingnan.accountability.decision.DecisionDocument;
import cn.gov.pingnan.accountability.decision.DecisionDocuments;
import cn.gov.pingnan.accountability.decision.DecisionPdf;
import cn.gov.pingnan.accountability.decision.RevocationNotice;
import cn.gov.pingnan.accountability.decision.WrittenDocument;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.AppealOutcome;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 制作申诉处理文书: after 变更 the new 问责决定书 — the original decision with the changed measure and the
 * restrictions as now registered, saying which decision it replaces after which appeal; after 撤销 the
 * 撤销问责决定通知书 naming every restriction ended. Stored as this appeal's file variable {@code decisionDocument};
 * the download then gives it as the current version, the earlier ones stay retrievable (docs/decision.md).
 * 维持 writes nothing: the original decision stands.
 */
@Component("produceAppealDocument")
public class ProduceAppealDocumentDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ProduceAppealDocumentDelegate.class);

    private final DecisionPdf pdf;
    private final DecisionDocuments decisions;
    private final ProduceDecisionDocumentDelegate decisionDocument;

    public ProduceAppealDocumentDelegate(
            DecisionPdf pdf, DecisionDocuments decisions, ProduceDecisionDocumentDelegate decisionDocument) {
        this.pdf = pdf;
        this.decisions = decisions;
        this.decisionDocument = decisionDocument;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AppealOutcome outcome = AppealOutcome.valueOf((String) execution.getVariable(CaseVariables.APPEAL_OUTCOME));
        String caseNumber = (String) execution.getVariable(CaseVariables.CASE_NUMBER);
        if (outcome == AppealOutcome.UPHOLD) {
            LOG.info("Appeal on case {} upheld: the original decision document stands", caseNumber);
            return;
        }
        String personId = JsonVariables.read(execution, CaseVariables.RESPONDENT)
                .as(Accountable.class)
                .personId();
        Map<String, Object> track = decisions
                .trackValues(caseNumber, personId)
                .orElseThrow(() -> new StepFailedException(
                        "The decided track of case " + caseNumber + " is gone from the history",
                        "找不到案件 " + caseNumber + " 的原问责决定，无法制作申诉处理文书",
                        null));
        DecisionDocument original =
                decisionDocument.documentOf((VariableLookup) track::get, decisionDocument.countyOf(execution));
        String signer = decisionDocument.signerName(
                (String) execution.getVariable("decideAppeal" + CaseVariables.SIGNED_BY_SUFFIX));
        String signedAt = ProduceDecisionDocumentDelegate.signedAtText(
                execution.getVariable("decideAppeal" + CaseVariables.SIGNED_AT_SUFFIX));
        String receivedOn = String.valueOf(
                JsonVariables.date(execution.getVariable(CaseVariables.APPEAL_FILED_ON), "appealFiledOn", "收到申诉日期"));
        String reason = (String) execution.getVariable(CaseVariables.APPEAL_DECISION_REASON);
        LocalDate today = CountyCalendar.today();
        WrittenDocument document;
        String filename;
        if (outcome == AppealOutcome.CHANGE) {
            Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.APPEAL_NEW_MEASURE));
            document = original.changedByAppeal(
                    measure.labelZh(),
                    restrictions(JsonVariables.readArray(execution, CaseVariables.APPEAL_ADDED_RESTRICTIONS)),
                    signer,
                    signedAt,
                    today,
                    receivedOn,
                    reason);
            filename = "问责决定书（变更）-" + caseNumber + ".pdf";
        } else {
            String decidedOn =
                    original.signedAt() != null && original.signedAt().length() >= 10
                            ? original.signedAt().substring(0, 10)
                            : String.valueOf(original.effectiveDate());
            document = new RevocationNotice(
                    caseNumber,
                    original.respondentName(),
                    original.unit(),
                    original.decidedOn(),
                    original.measureZh(),
                    receivedOn,
                    reason,
                    restrictions(JsonVariables.readArray(execution, CaseVariables.APPEAL_ENDED_RESTRICTIONS)),
                    today,
                    StaffGroup.byId((String) execution.getVariable(CaseVariables.APPROVING_GROUP))
                            .map(StaffGroup::nameZh)
                            .orElse(original.approvingBodyZh()),
                    signer,
                    signedAt);
            filename = RevocationNotice.TITLE + "-" + caseNumber + ".pdf";
        }
        byte[] bytes = pdf.render(document, ClockUtil.getCurrentTime().toInstant());
        execution.setVariable(
                CaseVariables.DECISION_DOCUMENT,
                Variables.fileValue(filename)
                        .file(bytes)
                        .mimeType("application/pdf")
                        .create());
        execution.setVariable(CaseVariables.DECISION_PERSON_ID, personId);
        execution.setVariable(
                CaseVariables.DECISION_DOCUMENT_KIND,
                (outcome == AppealOutcome.CHANGE ? DecisionDocuments.Kind.CHANGED : DecisionDocuments.Kind.REVOKED)
                        .name());
        execution.setVariable(
                CaseVariables.DECISION_DOCUMENT_URL, "/api/cases/" + caseNumber + "/decisions/" + personId + ".pdf");
        LOG.info(
                "Appeal on case {}, person id {}: {} written ({} bytes)",
                caseNumber,
                PersonIdMasking.mask(personId),
                outcome,
                bytes.length);
    }

    private static List<DecisionDocument.Restriction> restrictions(JsonVariables.Json entries) {
        return entries.asListOf(RestrictionEntry.class).stream()
                .map(r -> new DecisionDocument.Restriction(r.label(), r.from(), r.until(), r.basis()))
                .toList();
    }
}
