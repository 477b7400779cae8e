package cn.gov.pingnan.accountability.tenant;

import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.security.ApiUser;
import cn.gov.pingnan.accountability.staff.StaffGroup.Ids;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/counties}: the counties the caller reads, with their names and case-number prefixes (issue 14).
 * Tasklist shows a task's tenant id ({@code pingnan}); its script {@code pingnan/county-names.js} shows the county's
 * name (平南县) instead, from this list (issue 18: no raw ids on a clerk's page).
 */
@RestController
public class CountyController {

    private final Counties counties;

    public CountyController(Counties counties) {
        this.counties = counties;
    }

    @GetMapping("/api/counties")
    @AllowedGroups({
        Ids.ADMIN,
        Ids.INTAKE,
        Ids.INVESTIGATORS,
        Ids.REVIEWERS,
        Ids.COMMISSION_LEADERS,
        Ids.COUNTY_COMMITTEE,
        Ids.TOWNSHIP_COMMITTEE,
        Ids.UNIT_PARTY_GROUP,
        Ids.ORGANIZATION_DEPT,
        Ids.PREFECTURE_READERS
    })
    public List<County> visible(HttpServletRequest request) {
        ApiUser caller = (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        return counties.all().stream()
                .filter(c -> caller.countyIds().contains(c.id()))
                .toList();
    }
}
