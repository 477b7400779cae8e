package cn.gov.pingnan.accountability.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the API believes the caller is; any authenticated staff user. */
@RestController
public class WhoAmIController {

    @GetMapping("/api/me")
    @AllowedGroups({
        "camunda-admin",
        "intake",
        "investigators",
        "reviewers",
        "commission-leaders",
        "county-committee",
        "township-committee",
        "unit-party-group",
        "organization-dept"
    })
    public ApiUser me(HttpServletRequest request) {
        return (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
    }
}
