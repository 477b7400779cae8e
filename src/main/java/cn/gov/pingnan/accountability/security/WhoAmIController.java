package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.staff.StaffGroup.Ids;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the API believes the caller is; any authenticated staff user. */
@RestController
public class WhoAmIController {

    @GetMapping("/api/me")
    @AllowedGroups({
        Ids.ADMIN,
        Ids.INTAKE,
        Ids.INVESTIGATORS,
        Ids.REVIEWERS,
        Ids.COMMISSION_LEADERS,
        Ids.COUNTY_COMMITTEE,
        Ids.TOWNSHIP_COMMITTEE,
        Ids.UNIT_PARTY_GROUP,
        Ids.ORGANIZATION_DEPT
    })
    public ApiUser me(HttpServletRequest request) {
        return (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
    }
}
