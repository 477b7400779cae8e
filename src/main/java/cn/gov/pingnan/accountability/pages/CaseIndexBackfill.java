package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import cn.gov.pingnan.accountability.workflow.WorkflowSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database that had cases before the case index (migration V3) gets them indexed once, at the first start, from
 * the engine's history: facts from the historic variables, readers from the historic candidate-group links, status
 * from the end of the case. Nothing is indexed twice; new cases are indexed by {@link CaseIndexPlugin}.
 */
@Component
public class CaseIndexBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(CaseIndexBackfill.class);

    private final HistoryService history;
    private final CaseIndexWriter writer;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public CaseIndexBackfill(
            HistoryService history,
            CaseIndexWriter writer,
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.history = history;
        this.writer = writer;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void indexEarlierCases() {
        Long indexed = jdbc.queryForObject("SELECT COUNT(*) FROM staff_case", new MapSqlParameterSource(), Long.class);
        if (indexed != null && indexed > 0) {
            return;
        }
        List<HistoricProcessInstance> cases = history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.ACCOUNTABILITY_CASE)
                .list()
                .stream()
                .filter(c -> c.getBusinessKey() != null)
                .toList();
        if (cases.isEmpty()) {
            return;
        }
        LOG.info("Indexing {} earlier cases for the staff pages", cases.size());
        for (HistoricProcessInstance c : cases) {
            transaction.executeWithoutResult(status -> index(c));
        }
        LOG.info("Indexed {} earlier cases for the staff pages", cases.size());
    }

    void index(HistoricProcessInstance instance) {
        String caseNumber = instance.getBusinessKey();
        Map<String, JsonNode> vars = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .disableCustomObjectDeserialization()
                .list()) {
            vars.put(v.getName(), CaseValues.tree(v.getValue()));
        }
        JsonNode field = vars.get(CaseVariables.WORK_FIELD);
        writer.upsert(new CaseIndexWriter.CaseFacts(
                caseNumber,
                instance.getId(),
                LocalDate.ofInstant(instance.getStartTime().toInstant(), WorkflowSettings.ZONE),
                field == null ? null : field.asText(),
                CaseIndexPlugin.grounds(vars.get(CaseVariables.GROUNDS)),
                CaseValues.respondents(vars.get(CaseVariables.RESPONDENTS), vars.get(CaseVariables.ACCOUNTABLES)),
                instance.getTenantId()));
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .list()) {
            writer.addGroups(
                    caseNumber,
                    history
                            .createHistoricIdentityLinkLogQuery()
                            .taskId(task.getId())
                            .type(IdentityLinkType.CANDIDATE)
                            .list()
                            .stream()
                            .map(HistoricIdentityLinkLog::getGroupId)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList(),
                    instance.getTenantId());
        }
        if (instance.getEndTime() != null) {
            JsonNode inScope = vars.get(CaseVariables.IN_SCOPE_COUNT);
            writer.close(
                    caseNumber,
                    inScope != null && inScope.isNumber() && inScope.asInt() == 0,
                    LocalDate.ofInstant(instance.getEndTime().toInstant(), WorkflowSettings.ZONE));
        }
    }
}
