package cn.gov.pingnan.accountability.statistics;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.CountyCalendar;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases, respondent tracks and appeals the engine's history has but the read model has not (a database from before
 * migration V5) are recorded at start, from the historic process instances and variables. Only the missing ones are
 * read, so a start with an up-to-date read model costs three small queries; nothing is recorded twice.
 */
@Component
public class StatisticsBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsBackfill.class);
    private static final String MISSING = "SELECT p.ID_ FROM ACT_HI_PROCINST p WHERE p.PROC_DEF_KEY_ = :key"
            + " AND NOT EXISTS (SELECT 1 FROM %s s WHERE s.%s = p.ID_)";

    private final HistoryService history;
    private final StatisticsWriter writer;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public StatisticsBackfill(
            HistoryService history,
            StatisticsWriter writer,
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Records what is missing; returns how many instances were recorded. */
    @EventListener(ApplicationReadyEvent.class)
    public int recordEarlierInstances() {
        int recorded = 0;
        for (String id : missing(ProcessKeys.ACCOUNTABILITY_CASE, "acc_stat_case", "case_instance_id")) {
            transaction.executeWithoutResult(status -> recordCase(instance(id)));
            recorded++;
        }
        for (String id : missing(ProcessKeys.RESPONDENT_ACCOUNTABILITY, "acc_stat_respondent", "track_instance_id")) {
            transaction.executeWithoutResult(status -> recordRespondent(instance(id)));
            recorded++;
        }
        for (String id : missing(StatisticsPlugin.APPEAL_PROCESS, "acc_stat_appeal", "appeal_instance_id")) {
            transaction.executeWithoutResult(status -> recordAppeal(instance(id)));
            recorded++;
        }
        if (recorded > 0) {
            LOG.info("Statistics: recorded {} earlier process instances from the history", recorded);
        }
        return recorded;
    }

    private List<String> missing(String key, String table, String column) {
        return jdbc.queryForList(MISSING.formatted(table, column), new MapSqlParameterSource("key", key), String.class);
    }

    private HistoricProcessInstance instance(String id) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
    }

    private Map<String, Object> variables(String instanceId) {
        Map<String, Object> vars = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .disableBinaryFetching()
                .list()) {
            // process-level values only: task-local ones (the Tasklist label) are not facts of the case
            if (v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(instanceId)) {
                vars.put(v.getName(), v.getValue());
            }
        }
        return vars;
    }

    private void recordCase(HistoricProcessInstance c) {
        Map<String, Object> vars = variables(c.getId());
        boolean closed = c.getEndTime() != null && HistoricProcessInstance.STATE_COMPLETED.equals(c.getState());
        writer.recordCase(new StatisticsWriter.CaseFacts(
                c.getId(),
                c.getBusinessKey(),
                StatisticsValues.text(vars.get(CaseVariables.WORK_FIELD)),
                StatisticsValues.texts(vars.get(CaseVariables.GROUNDS)),
                CountyCalendar.dayOf(c.getStartTime()),
                closed ? CountyCalendar.dayOf(c.getEndTime()) : null,
                c.getTenantId()));
    }

    private void recordRespondent(HistoricProcessInstance track) {
        Map<String, Object> vars = variables(track.getId());
        Object signedAt = vars.get(StatisticsPlugin.APPROVE_DECISION + CaseVariables.SIGNED_AT_SUFFIX);
        boolean approved = CaseVariables.DECISION_APPROVED.equals(vars.get(CaseVariables.APPROVAL_DECISION));
        writer.recordRespondent(new StatisticsWriter.RespondentFacts(
                track.getId(),
                track.getSuperProcessInstanceId(),
                StatisticsValues.field(vars.get(CaseVariables.RESPONDENT), "managementLevel"),
                StatisticsValues.text(vars.get(CaseVariables.MEASURE)),
                StatisticsValues.text(vars.get(CaseVariables.REFERRAL_ROUTE)),
                approved && signedAt instanceof Date at ? CountyCalendar.dayOf(at) : null,
                track.getTenantId()));
    }

    private void recordAppeal(HistoricProcessInstance appeal) {
        Map<String, Object> vars = variables(appeal.getId());
        boolean ended =
                appeal.getEndTime() != null && HistoricProcessInstance.STATE_COMPLETED.equals(appeal.getState());
        writer.recordAppeal(new StatisticsWriter.AppealFacts(
                appeal.getId(),
                StatisticsValues.day(
                        vars.get(StatisticsPlugin.APPEAL_FILED_ON), CountyCalendar.dayOf(appeal.getStartTime())),
                ended ? CountyCalendar.dayOf(appeal.getEndTime()) : null,
                ended ? StatisticsValues.text(vars.get(StatisticsPlugin.APPEAL_OUTCOME)) : null,
                appeal.getTenantId()));
    }
}
