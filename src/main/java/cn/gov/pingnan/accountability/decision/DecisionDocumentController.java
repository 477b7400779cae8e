package cn.gov.pingnan.accountability.decision;

import cn.gov.pingnan.accountability.api.ApiBadRequestException;
import cn.gov.pingnan.accountability.api.ApiStatusException;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.security.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The written decision of one respondent as PDF, for the groups involved in the case: reviewers, investigators,
 * commission leaders and the operators read every case; an approving body only the decisions it
 * approved. Tasklist users download it from the delivery form with their webapp session.
 */
@RestController
@RequestMapping("/api/cases")
@AllowedGroups({
    "reviewers",
    "investigators",
    "commission-leaders",
    "county-committee",
    "township-committee",
    "unit-party-group",
    "camunda-admin"
})
public class DecisionDocumentController {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionDocumentController.class);
    /** Groups that work on every case; the approving bodies see their own decisions only. */
    static final List<String> EVERY_CASE = List.of("reviewers", "investigators", "commission-leaders", "camunda-admin");

    private final DecisionDocuments documents;

    public DecisionDocumentController(DecisionDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/{caseNumber}/decisions/{personId}.pdf")
    public ResponseEntity<byte[]> decision(
            @PathVariable String caseNumber, @PathVariable String personId, HttpServletRequest http) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new ApiBadRequestException(
                    "Not a case number '" + caseNumber + "'; expected PN-YYYY-NNNN", "caseNumber");
        }
        if (personId.isBlank() || personId.length() > 64) {
            throw new ApiBadRequestException("Not a person id", "respondentPersonId");
        }
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        DecisionDocuments.StoredDecision decision = documents
                .find(caseNumber, personId)
                .orElseThrow(() -> new ApiStatusException(
                        HttpStatus.NOT_FOUND,
                        "No decision document for this respondent in case " + caseNumber,
                        "respondentPersonId"));
        // an approving body reads the decisions it approved, not those of another body
        if (!user.isMemberOfAny(EVERY_CASE.toArray(String[]::new))
                && (decision.approvingGroup() == null || !user.isMemberOfAny(decision.approvingGroup()))) {
            throw new ApiStatusException(
                    HttpStatus.FORBIDDEN, "Forbidden: this decision was approved by another body", null);
        }
        LOG.info(
                "Decision document of case {}, person id {} read by {}",
                caseNumber,
                PersonIdMasking.mask(personId),
                user.userId());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(decision.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(decision.pdf());
    }
}
