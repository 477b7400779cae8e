package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.api.ApiBadRequestException;
import cn.gov.pingnan.accountability.rules.CaseReadRule;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.security.ApiUser;
import cn.gov.pingnan.accountability.tenant.CountyAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff pages' search and case file as JSON for API callers (HTTP Basic, like the rest of {@code /api}): the same
 * {@link CaseReadRule}, bad input answered 400 naming the field, a refused case 403, an unknown one 404 (so is a case
 * of a county the caller may not see, issue 14).
 */
@RestController
@RequestMapping(path = "/api/cases", produces = "application/json")
@AllowedGroups({
    "camunda-admin",
    "intake",
    "investigators",
    "reviewers",
    "commission-leaders",
    "county-committee",
    "township-committee",
    "unit-party-group",
    "organization-dept",
    CountyAccess.PREFECTURE_READERS
})
public class CaseApiController {

    private final CaseSearch search;
    private final CaseFileReader files;

    public CaseApiController(CaseSearch search, CaseFileReader files) {
        this.search = search;
        this.files = files;
    }

    /** Every field of {@link CaseSearch.Query} is a request parameter of the same name. */
    @GetMapping
    public CaseSearch.Page search(CaseSearch.Query query, HttpServletRequest request) {
        return asBadRequest(() -> search.search(query, caller(request)));
    }

    @GetMapping("/{caseNumber}")
    public CaseFile caseFile(@PathVariable String caseNumber, HttpServletRequest request) {
        String number = asBadRequest(() -> CaseSearch.parseCaseNumber(caseNumber));
        StaffUser user = caller(request);
        CaseReadRule.CaseAccess access =
                files.access(number, user.countyIds()).orElseThrow(() -> new Refusal(404, "No case " + number));
        if (!CaseReadRule.mayRead(user.groupIds(), access)) {
            throw new Refusal(403, "Forbidden: your groups may not read case " + number);
        }
        return files.read(number);
    }

    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @ExceptionHandler(Refusal.class)
    public ResponseEntity<Map<String, String>> refused(Refusal refusal) {
        return ResponseEntity.status(refusal.status).body(Map.of("error", refusal.getMessage()));
    }

    private static StaffUser caller(HttpServletRequest request) {
        ApiUser user = (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        return new StaffUser(user.userId(), user.groupIds(), user.countyIds());
    }

    private static <T> T asBadRequest(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolationException violation) {
            throw new ApiBadRequestException(violation.messageEn(), violation.field());
        }
    }
}
