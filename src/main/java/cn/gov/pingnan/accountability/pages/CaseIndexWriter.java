package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.tenant.Counties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the case index (V4__staff_case_index.sql) in the caller's transaction, i.e. the workflow step that
 * changed the case, so the index never tells of a step that rolled back.
 */
@Component
public class CaseIndexWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Counties counties;

    public CaseIndexWriter(NamedParameterJdbcTemplate jdbc, Counties counties) {
        this.jdbc = jdbc;
        this.counties = counties;
    }

    /**
     * What a case records at intake and investigation; respondents are the union of both lists. Issue 14: {@code
     * tenantId} is the case's engine tenant ({@code null}: the default county).
     */
    record CaseFacts(
            String caseNumber,
            String processInstanceId,
            LocalDate openedOn,
            String workField,
            List<String> grounds,
            List<JsonNode> respondents,
            String tenantId) {}

    void upsert(CaseFacts facts) {
        MapSqlParameterSource key = new MapSqlParameterSource("caseNumber", facts.caseNumber())
                .addValue("county", counties.countyOf(facts.tenantId()));
        boolean countyManaged =
                facts.respondents().stream().anyMatch(r -> "COUNTY".equals(CaseValues.text(r, "managementLevel")));
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValues(key.getValues())
                .addValue("processInstanceId", facts.processInstanceId())
                .addValue("workField", CaseValues.cut(facts.workField(), 32))
                .addValue("openedOn", facts.openedOn())
                .addValue("countyManaged", countyManaged);
        int updated = jdbc.update(
                "UPDATE staff_case SET work_field = :workField, county_managed = :countyManaged"
                        + " WHERE case_number = :caseNumber",
                row);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO staff_case (case_number, process_instance_id, status, work_field, opened_on,"
                            + " county_managed, tenant_id) VALUES (:caseNumber, :processInstanceId, 'OPEN', :workField,"
                            + " :openedOn, :countyManaged, :county)",
                    row);
        }
        jdbc.update("DELETE FROM staff_case_respondent WHERE case_number = :caseNumber", key);
        for (JsonNode r : facts.respondents()) {
            jdbc.update(
                    "INSERT INTO staff_case_respondent (case_number, person_id, name, unit, management_level,"
                            + " tenant_id) VALUES (:caseNumber, :personId, :name, :unit, :level, :county)",
                    new MapSqlParameterSource()
                            .addValues(key.getValues())
                            .addValue("personId", CaseValues.cut(CaseValues.text(r, "personId"), 64))
                            .addValue("name", CaseValues.cut(CaseValues.text(r, "name"), 100))
                            .addValue("unit", CaseValues.cut(CaseValues.text(r, "unit"), 200))
                            .addValue("level", CaseValues.cut(CaseValues.text(r, "managementLevel"), 16)));
        }
        jdbc.update("DELETE FROM staff_case_ground WHERE case_number = :caseNumber", key);
        facts.grounds().stream()
                .map(g -> CaseValues.cut(g, 16))
                .distinct()
                .forEach(g -> jdbc.update(
                        "INSERT INTO staff_case_ground (case_number, ground_item, tenant_id)"
                                + " VALUES (:caseNumber, :ground, :county)",
                        new MapSqlParameterSource().addValues(key.getValues()).addValue("ground", g)));
    }

    /** The candidate groups of a task of the case (CaseReadRule); each pair is stored once. */
    void addGroups(String caseNumber, Collection<String> groupIds, String tenantId) {
        String county = counties.countyOf(tenantId);
        for (String group : groupIds) {
            jdbc.update(
                    "INSERT INTO staff_case_group (case_number, group_id, tenant_id) SELECT :caseNumber, :groupId,"
                            + " :county WHERE NOT EXISTS (SELECT 1 FROM staff_case_group"
                            + " WHERE case_number = :caseNumber AND group_id = :groupId)",
                    new MapSqlParameterSource("caseNumber", caseNumber)
                            .addValue("groupId", CaseValues.cut(group, 64))
                            .addValue("county", county));
        }
    }

    void close(String caseNumber, boolean outOfScope, LocalDate closedOn) {
        jdbc.update(
                "UPDATE staff_case SET status = :status, closed_on = :closedOn WHERE case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber)
                        .addValue("status", outOfScope ? "OUT_OF_SCOPE" : "CLOSED")
                        .addValue("closedOn", closedOn));
    }
}
