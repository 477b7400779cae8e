package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.api.ApiBadRequestException;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.security.AllowedGroups;
import cn.gov.pingnan.accountability.staff.StaffGroup.Ids;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county's statistics for a period (R-2.1 field, R-5 … R-9 grounds, R-10 measures, R-13.1 management level,
 * R-11 routes, appeals), for the commission's leaders, the reviewers and the operators. Dates are bound as text
 * and parsed here, so a 400 names the field.
 */
@RestController
@AllowedGroups({Ids.COMMISSION_LEADERS, Ids.REVIEWERS, Ids.ADMIN})
public class StatisticsController {

    private final StatisticsQuery query;

    public StatisticsController(StatisticsQuery query) {
        this.query = query;
    }

    @GetMapping(path = "/api/statistics", produces = "application/json")
    public CountyStatistics statistics(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return query.compute(period(from, to));
    }

    static StatisticsPeriod period(String from, String to) {
        try {
            return StatisticsPeriod.parse(from, to);
        } catch (RuleViolationException e) {
            throw new ApiBadRequestException(e.messageEn(), e.field());
        }
    }
}
