package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.rules.Ground;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.ReferralRoute;
import cn.gov.pingnan.accountability.rules.WorkField;
import cn.gov.pingnan.accountability.statistics.CountyStatistics.Count;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures as SQL aggregates over the read model (a handful of indexed GROUP BYs, whatever the number of cases).
 * Every code of a catalogue is listed, with 0 where nothing was counted, so charts keep their axes; codes the
 * catalogue no longer knows are listed after them under their code.
 */
@Component
public class StatisticsQuery {

    /** Outcomes of issue 13 part 2 (rules/AppealOutcome), and the appeal refused as late, which has none. */
    static final Map<String, String> APPEAL_OUTCOMES =
            Map.of("UPHOLD", "维持原问责决定", "CHANGE", "变更问责方式", "REVOKE", "撤销问责决定", "REFUSED", "不予受理");

    private static final String NOT_RECORDED = "NOT_RECORDED";

    private final NamedParameterJdbcTemplate jdbc;
    private final GroundsCatalogue grounds;

    public StatisticsQuery(NamedParameterJdbcTemplate jdbc, GroundsCatalogue grounds) {
        this.jdbc = jdbc;
        this.grounds = grounds;
    }

    /** Every county's rows summed (the system's view; people get {@link #compute(StatisticsPeriod, List)}). */
    @Transactional(readOnly = true)
    public CountyStatistics compute(StatisticsPeriod period) {
        return compute(period, null);
    }

    /**
     * Issue 14: the figures of the counties {@code countyIds} summed ({@code null}: of every row); none given counts
     * nothing. Each query filters {@code tenant_id} first, as the indexes of V7 lead with it.
     */
    @Transactional(readOnly = true)
    public CountyStatistics compute(StatisticsPeriod period, List<String> countyIds) {
        MapSqlParameterSource p =
                new MapSqlParameterSource().addValue("from", period.from()).addValue("to", period.to());
        String county;
        if (countyIds == null) {
            county = "";
        } else {
            // IN () is not valid SQL: no county is a county nobody has
            p.addValue("counties", countyIds.isEmpty() ? List.of("") : countyIds);
            county = "tenant_id IN (:counties) AND ";
        }
        Map<String, String> fieldLabels = labels(WorkField.values(), WorkField::name, WorkField::labelZh);
        Map<String, String> groundLabels = new LinkedHashMap<>();
        for (Ground g : grounds.all()) {
            groundLabels.put(g.code(), g.code() + " " + g.textZh());
        }
        Map<String, String> appealLabels = new LinkedHashMap<>();
        for (String code : List.of("UPHOLD", "CHANGE", "REVOKE", "REFUSED")) {
            appealLabels.put(code, APPEAL_OUTCOMES.get(code));
        }
        return new CountyStatistics(
                period.from(),
                period.to(),
                count("SELECT COUNT(*) FROM acc_stat_case WHERE " + county + "opened_on BETWEEN :from AND :to", p),
                count("SELECT COUNT(*) FROM acc_stat_case WHERE " + county + "closed_on BETWEEN :from AND :to", p),
                count(decided(county, "COUNT(*)", "", ""), p),
                grouped(
                        decided(
                                county,
                                "c.work_field AS code, COUNT(*) AS n",
                                "LEFT JOIN acc_stat_case c ON c.case_instance_id = r.case_instance_id",
                                "GROUP BY c.work_field"),
                        p,
                        fieldLabels),
                grouped(
                        decided(
                                county,
                                "g.ground_item AS code, COUNT(*) AS n",
                                "JOIN acc_stat_case_ground g ON g.case_instance_id = r.case_instance_id",
                                "GROUP BY g.ground_item"),
                        p,
                        groundLabels),
                grouped(
                        decided(county, "r.measure AS code, COUNT(*) AS n", "", "GROUP BY r.measure"),
                        p,
                        labels(Measure.values(), Measure::name, Measure::labelZh)),
                grouped(
                        decided(county, "r.management_level AS code, COUNT(*) AS n", "", "GROUP BY r.management_level"),
                        p,
                        labels(ManagementLevel.values(), ManagementLevel::name, ManagementLevel::labelZh)),
                grouped(
                        decided(county, "r.referral_route AS code, COUNT(*) AS n", "", "GROUP BY r.referral_route"),
                        p,
                        labels(ReferralRoute.values(), ReferralRoute::name, ReferralRoute::labelZh)),
                count("SELECT COUNT(*) FROM acc_stat_appeal WHERE " + county + "filed_on BETWEEN :from AND :to", p),
                grouped(
                        "SELECT COALESCE(outcome, 'REFUSED') AS code, COUNT(*) AS n FROM acc_stat_appeal"
                                + " WHERE " + county + "ended_on BETWEEN :from AND :to"
                                + " GROUP BY COALESCE(outcome, 'REFUSED')",
                        p,
                        appealLabels),
                median(county, p));
    }

    /** Over the respondents whose decision was approved in the period (in the counties of {@code county}). */
    private static String decided(String county, String select, String join, String tail) {
        return "SELECT " + select + " FROM acc_stat_respondent r " + join + " WHERE " + (county.isEmpty() ? "" : "r.")
                + county + "r.decided_on BETWEEN :from AND :to " + tail;
    }

    private long count(String sql, MapSqlParameterSource p) {
        Long n = jdbc.queryForObject(sql, p, Long.class);
        return n == null ? 0 : n;
    }

    private List<Count> grouped(String sql, MapSqlParameterSource p, Map<String, String> labels) {
        Map<String, Long> counted = new LinkedHashMap<>();
        jdbc.query(sql, p, row -> {
            String code = row.getString("code");
            counted.merge(code == null ? NOT_RECORDED : code, row.getLong("n"), Long::sum);
        });
        List<Count> counts = new ArrayList<>();
        labels.forEach((code, label) -> counts.add(new Count(code, label, counted.getOrDefault(code, 0L))));
        counted.forEach((code, n) -> {
            if (!labels.containsKey(code)) {
                counts.add(new Count(code, NOT_RECORDED.equals(code) ? "未记录" : code, n));
            }
        });
        return counts;
    }

    private Double median(String county, MapSqlParameterSource p) {
        return jdbc.queryForObject(
                decided(
                        county,
                        "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY r.decision_days)",
                        "",
                        "AND r.decision_days IS NOT NULL"),
                p,
                Double.class);
    }

    private static <E> Map<String, String> labels(E[] values, Function<E, String> code, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E value : values) {
            labels.put(code.apply(value), label.apply(value));
        }
        return labels;
    }
}
