package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.api.ApiBadRequestException;
import cn.gov.pingnan.accountability.api.ApiStatusException;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.security.ApiUser;
import cn.gov.pingnan.accountability.staff.StaffGroup.Ids;
import cn.gov.pingnan.accountability.tenant.CountyAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county's statistics for a period (R-2.1 field, R-5 … R-9 grounds, R-10 measures, R-13.1 management level,
 * R-11 routes, appeals), for the commission's leaders, the reviewers and the operators. Dates are bound as text
 * and parsed here, so a 400 names the field. Issue 14: {@code county} picks one of the caller's counties; without
 * it the figures are those of every county he sees, summed (his own; all of them for prefecture readers and
 * operators); a county he may not see is answered 404.
 */
@RestController
@AllowedGroups({Ids.COMMISSION_LEADERS, Ids.REVIEWERS, Ids.ADMIN, CountyAccess.PREFECTURE_READERS})
public class StatisticsController {

    private final StatisticsQuery query;

    public StatisticsController(StatisticsQuery query) {
        this.query = query;
    }

    @GetMapping(path = "/api/statistics", produces = "application/json")
    public CountyStatistics statistics(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String county,
            HttpServletRequest http) {
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        List<String> counties = scope(county, user.countyIds())
                .orElseThrow(
                        () -> new ApiStatusException(HttpStatus.NOT_FOUND, "No county '" + county + "'", "county"));
        return query.compute(period(from, to), counties);
    }

    /**
     * Issue 14: the counties to sum: {@code county} when the user sees it, all he sees without it; empty when he may
     * not see it (or it does not exist; both are answered alike).
     */
    static Optional<List<String>> scope(String county, List<String> visible) {
        if (county == null || county.isBlank()) {
            return Optional.of(visible);
        }
        String id = county.strip();
        return visible.contains(id) ? Optional.of(List.of(id)) : Optional.empty();
    }

    static StatisticsPeriod period(String from, String to) {
        try {
            return StatisticsPeriod.parse(from, to);
        } catch (RuleViolationException e) {
            throw new ApiBadRequestException(e.messageEn(), e.field());
        }
    }
}
