package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.tenant.Counties;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the statistics' read model (migration V5). Called inside the workflow transaction, so a figure never
 * counts a step that was rolled back; every write is an upsert, so writing the same facts twice changes nothing.
 */
@Component
public class StatisticsWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Counties counties;

    public StatisticsWriter(NamedParameterJdbcTemplate jdbc, Counties counties) {
        this.jdbc = jdbc;
        this.counties = counties;
    }

    /** A case as it stands: its field, its ground items (R-5 … R-9), opened, and closed when it ended. */
    public record CaseFacts(
            String caseInstanceId,
            String caseNumber,
            String workField,
            Collection<String> grounds,
            LocalDate openedOn,
            LocalDate closedOn,
            String tenantId) {

        /** Issue 14: in the default county. */
        public CaseFacts(
                String caseInstanceId,
                String caseNumber,
                String workField,
                Collection<String> grounds,
                LocalDate openedOn,
                LocalDate closedOn) {
            this(caseInstanceId, caseNumber, workField, grounds, openedOn, closedOn, null);
        }
    }

    /**
     * One respondent track: management level, measure, Art. 11 route; {@code decidedOn} only when
     * the decision was approved (a later write without it keeps the day recorded).
     */
    public record RespondentFacts(
            String trackInstanceId,
            String caseInstanceId,
            String managementLevel,
            String measure,
            String referralRoute,
            LocalDate decidedOn,
            String tenantId) {

        /** Issue 14: in the default county. */
        public RespondentFacts(
                String trackInstanceId,
                String caseInstanceId,
                String managementLevel,
                String measure,
                String referralRoute,
                LocalDate decidedOn) {
            this(trackInstanceId, caseInstanceId, managementLevel, measure, referralRoute, decidedOn, null);
        }
    }

    /** An appeal: filed, and when it ended its outcome ({@code null} when refused as late). */
    public record AppealFacts(
            String appealInstanceId, LocalDate filedOn, LocalDate endedOn, String outcome, String tenantId) {

        /** Issue 14: in the default county. */
        public AppealFacts(String appealInstanceId, LocalDate filedOn, LocalDate endedOn, String outcome) {
            this(appealInstanceId, filedOn, endedOn, outcome, null);
        }
    }

    public void recordCase(CaseFacts c) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("id", c.caseInstanceId())
                .addValue("number", c.caseNumber())
                .addValue("field", c.workField())
                .addValue("opened", c.openedOn())
                .addValue("closed", c.closedOn())
                .addValue("county", counties.countyOf(c.tenantId()));
        int updated = jdbc.update("""
                UPDATE acc_stat_case SET case_number = COALESCE(:number, case_number), work_field = :field,
                       closed_on = COALESCE(:closed, closed_on)
                 WHERE case_instance_id = :id""", p);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO acc_stat_case (case_instance_id, case_number, work_field, opened_on, closed_on, tenant_id)
                    VALUES (:id, :number, :field, :opened, :closed, :county)""", p);
        }
        jdbc.update("DELETE FROM acc_stat_case_ground WHERE case_instance_id = :id", p);
        List<String> grounds = c.grounds().stream()
                .filter(g -> g != null && !g.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        for (String ground : grounds) {
            jdbc.update(
                    "INSERT INTO acc_stat_case_ground (case_instance_id, ground_item, tenant_id)"
                            + " VALUES (:id, :ground, :county)",
                    new MapSqlParameterSource("id", c.caseInstanceId())
                            .addValue("ground", ground)
                            .addValue("county", p.getValue("county")));
        }
    }

    public void recordRespondent(RespondentFacts r) {
        Integer days = r.decidedOn() == null ? null : daysSinceOpened(r.caseInstanceId(), r.decidedOn());
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("id", r.trackInstanceId())
                .addValue("caseId", r.caseInstanceId())
                .addValue("level", r.managementLevel())
                .addValue("measure", r.measure())
                .addValue("route", r.referralRoute())
                .addValue("decided", r.decidedOn())
                .addValue("days", days)
                .addValue("county", counties.countyOf(r.tenantId()));
        int updated = jdbc.update("""
                UPDATE acc_stat_respondent SET case_instance_id = COALESCE(:caseId, case_instance_id),
                       management_level = :level, measure = :measure, referral_route = :route,
                       decided_on = COALESCE(:decided, decided_on), decision_days = COALESCE(:days, decision_days)
                 WHERE track_instance_id = :id""", p);
        if (updated == 0) {
            try {
                jdbc.update("""
                        INSERT INTO acc_stat_respondent (track_instance_id, case_instance_id, management_level, measure,
                                                         referral_route, decided_on, decision_days, tenant_id)
                        VALUES (:id, :caseId, :level, :measure, :route, :decided, :days, :county)""", p);
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // two staff decided the same track at the same moment: the engine's own answer to a lost update,
                // so the loser's whole transaction rolls back and staff get a 409 (api/EngineRestErrors)
                throw new org.camunda.bpm.engine.OptimisticLockingException(
                        "Statistics row of track " + r.trackInstanceId() + " was written concurrently");
            }
        }
    }

    public void recordAppeal(AppealFacts a) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("id", a.appealInstanceId())
                .addValue("filed", a.filedOn())
                .addValue("ended", a.endedOn())
                .addValue("outcome", a.outcome())
                .addValue("county", counties.countyOf(a.tenantId()));
        int updated = jdbc.update(
                "UPDATE acc_stat_appeal SET ended_on = :ended, outcome = :outcome WHERE appeal_instance_id = :id", p);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO acc_stat_appeal (appeal_instance_id, filed_on, ended_on, outcome, tenant_id)
                    VALUES (:id, :filed, :ended, :outcome, :county)""", p);
        }
    }

    /** Days from the case's opening to the decision; {@code null} when the case is not (yet) in the read model. */
    private Integer daysSinceOpened(String caseInstanceId, LocalDate decidedOn) {
        if (caseInstanceId == null) {
            return null;
        }
        List<LocalDate> opened = jdbc.queryForList(
                "SELECT opened_on FROM acc_stat_case WHERE case_instance_id = :id",
                new MapSqlParameterSource("id", caseInstanceId),
                LocalDate.class);
        return opened.isEmpty() ? null : (int) ChronoUnit.DAYS.between(opened.get(0), decidedOn);
    }
}
