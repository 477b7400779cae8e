package cn.gov.pingnan.accountability.decision;

import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Finds the stored written decision of one respondent of one case: the file variable of the respondent's
 * track, read from the history so it stays available after the case is closed (and is removed with the case's
 * history, docs/decision.md).
 */
@Component
public class DecisionDocuments {

    static final String DOCUMENT = "decisionDocument";
    static final String PERSON_ID = "decisionPersonId";
    static final String APPROVING_GROUP = "approvingGroup";

    private final HistoryService historyService;
    private final IdentityService identityService;

    public DecisionDocuments(HistoryService historyService, IdentityService identityService) {
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** The PDF and the body that approved it; empty when the case or the respondent has no decision document. */
    public Optional<StoredDecision> find(String caseNumber, String personId) {
        return asEngine(() -> track(caseNumber, personId).flatMap(instanceId -> {
            HistoricVariableInstance document = variable(instanceId, DOCUMENT);
            if (document == null || !(document.getTypedValue() instanceof FileValue file)) {
                return Optional.empty();
            }
            HistoricVariableInstance group = variable(instanceId, APPROVING_GROUP);
            try (InputStream in = file.getValue()) {
                return Optional.of(new StoredDecision(
                        in.readAllBytes(), file.getFilename(), group == null ? null : (String) group.getValue()));
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the decision document of case " + caseNumber + " failed", e);
            }
        }));
    }

    /** The decided respondent's track, for the appeal (A-1 … A-4); empty without a decision document. */
    public Optional<DecidedTrack> decidedTrack(String caseNumber, String personId) {
        return trackVariables(caseNumber, personId).map(DecidedTrack::of);
    }

    private Optional<Map<String, Object>> trackVariables(String caseNumber, String personId) {
        return asEngine(() -> track(caseNumber, personId).map(instanceId -> {
            Map<String, Object> values = new HashMap<>();
            historyService
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(instanceId)
                    .disableBinaryFetching()
                    .list()
                    .forEach(v -> {
                        if (v.getValue() != null && v.getTaskId() == null) {
                            values.put(v.getName(), v.getValue());
                        }
                    });
            return values;
        }));
    }

    /** The respondent's decided track: the newest with a decision document for that person. */
    private Optional<String> track(String caseNumber, String personId) {
        return historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                .processInstanceBusinessKey(caseNumber)
                .variableValueEquals(PERSON_ID, personId)
                .list()
                .stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .map(HistoricProcessInstance::getId);
    }

    /**
     * The caller's rights were checked by the API (@AllowedGroups and the approving body) or the process step;
     * staff hold no history rights on process instances, so the engine is asked without the caller's identity.
     */
    private <T> T asEngine(Supplier<T> query) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    private HistoricVariableInstance variable(String processInstanceId, String name) {
        return historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(name)
                .singleResult();
    }

    /** The stored PDF, its file name and the group of the body that approved the decision. */
    public record StoredDecision(byte[] pdf, String filename, String approvingGroup) {}
}
