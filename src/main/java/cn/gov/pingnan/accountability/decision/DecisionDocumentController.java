package cn.gov.pingnan.accountability.decision;

import cn.gov.pingnan.accountability.api.ApiBadRequestException;
import cn.gov.pingnan.accountability.api.ApiStatusException;
import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.security.ApiUser;
import cn.gov.pingnan.accountability.tenant.CountyAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
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
    "camunda-admin",
    CountyAccess.PREFECTURE_READERS
})
public class DecisionDocumentController {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionDocumentController.class);
    /** Groups that work on every case; the approving bodies see their own decisions only. */
    static final List<String> EVERY_CASE = List.of(
            "reviewers", "investigators", "commission-leaders", "camunda-admin", CountyAccess.PREFECTURE_READERS);

    private final DecisionDocuments documents;
    private final CountyAccess counties;

    public DecisionDocumentController(DecisionDocuments documents, CountyAccess counties) {
        this.documents = documents;
        this.counties = counties;
    }

    /**
     * The current written decision (A-4: after 变更 the changed decision, after 撤销 the revocation notice), or
     * with {@code ?version=N} an earlier one, 1 being the decision as first approved.
     */
    @GetMapping("/{caseNumber}/decisions/{personId}.pdf")
    public ResponseEntity<byte[]> decision(
            @PathVariable String caseNumber,
            @PathVariable String personId,
            @RequestParam(required = false) String version,
            HttpServletRequest http) {
        checkIds(caseNumber, personId);
        ofVisibleCounty(caseNumber, http);
        DecisionDocuments.StoredDecision decision;
        if (version == null) {
            decision = documents.find(caseNumber, personId).orElseThrow(() -> noDocument(caseNumber));
        } else {
            int number = parseVersion(version);
            if (documents.versions(caseNumber, personId).isEmpty()) {
                throw noDocument(caseNumber);
            }
            decision = documents
                    .find(caseNumber, personId, number)
                    .orElseThrow(() -> new ApiStatusException(
                            HttpStatus.NOT_FOUND,
                            "No version " + number + " of the decision document in case " + caseNumber,
                            "version"));
        }
        ApiUser user = readableBy(decision, http);
        LOG.info(
                "Decision document (version {}) of case {}, person id {} read by {}",
                decision.version().number(),
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

    /** every version of the respondent's written decision, oldest first, with its download address. */
    @GetMapping(path = "/{caseNumber}/decisions/{personId}/versions", produces = "application/json")
    public Versions versions(@PathVariable String caseNumber, @PathVariable String personId, HttpServletRequest http) {
        checkIds(caseNumber, personId);
        ofVisibleCounty(caseNumber, http);
        DecisionDocuments.StoredDecision current =
                documents.find(caseNumber, personId).orElseThrow(() -> noDocument(caseNumber));
        readableBy(current, http);
        String base = "/api/cases/" + caseNumber + "/decisions/" + personId + ".pdf?version=";
        int latest = current.version().number();
        return new Versions(documents.versions(caseNumber, personId).stream()
                .map(v -> new VersionView(
                        v.number(),
                        v.kind().name(),
                        v.kind().labelZh(),
                        v.createdAt(),
                        v.appealFiledOn(),
                        v.number() == latest,
                        base + v.number()))
                .toList());
    }

    public record Versions(List<VersionView> versions) {}

    /** One version; {@code current} marks the one the plain download gives. */
    public record VersionView(
            int version,
            String kind,
            String kindZh,
            Instant createdAt,
            String appealFiledOn,
            boolean current,
            String url) {}

    private static void checkIds(String caseNumber, String personId) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new ApiBadRequestException(
                    "Not a case number '" + caseNumber + "'; expected PN-YYYY-NNNN", "caseNumber");
        }
        if (personId.isBlank() || personId.length() > 64) {
            throw new ApiBadRequestException("Not a person id", "respondentPersonId");
        }
    }

    private static int parseVersion(String version) {
        try {
            int number = Integer.parseInt(version.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiBadRequestException("Not a version '" + version + "'; expected 1, 2, …", "version");
    }

    private static ApiStatusException noDocument(String caseNumber) {
        return new ApiStatusException(
                HttpStatus.NOT_FOUND,
                "No decision document for this respondent in case " + caseNumber,
                "respondentPersonId");
    }

    /** Issue 14: a case of another county is answered as one without a document (404), never 403. */
    private void ofVisibleCounty(String caseNumber, HttpServletRequest http) {
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        Optional<String> county = counties.countyOfCase(caseNumber);
        if (county.isPresent() && !user.countyIds().contains(county.get())) {
            LOG.info("Decision document of case {} refused to {}: another county", caseNumber, user.userId());
            throw noDocument(caseNumber);
        }
    }

    /** an approving body reads the decisions it approved, not those of another body. */
    private static ApiUser readableBy(DecisionDocuments.StoredDecision decision, HttpServletRequest http) {
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        if (!user.isMemberOfAny(EVERY_CASE.toArray(String[]::new))
                && (decision.approvingGroup() == null || !user.isMemberOfAny(decision.approvingGroup()))) {
            throw new ApiStatusException(
                    HttpStatus.FORBIDDEN, "Forbidden: this decision was approved by another body", null);
        }
        return user;
    }
}
