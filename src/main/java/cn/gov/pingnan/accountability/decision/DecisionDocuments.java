package cn.gov.pingnan.accountability.decision;

import cn.gov.pingnan.accountability.security.WithoutCaller;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
    static final String KIND = "decisionDocumentKind";
    static final String CASE_NUMBER = "caseNumber";

    private final HistoryService historyService;
    private final IdentityService identityService;

    public DecisionDocuments(HistoryService historyService, IdentityService identityService) {
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /**
     * the current written decision: the latest version (the original, a decision changed by an appeal or the
     * notice revoking it); empty when the case or the respondent has no decision document.
     */
    public Optional<StoredDecision> find(String caseNumber, String personId) {
        List<Version> all = versions(caseNumber, personId);
        return all.isEmpty() ? Optional.empty() : find(caseNumber, personId, all.size());
    }

    /** One version, 1 being the decision as first approved; empty when there is no such version. */
    public Optional<StoredDecision> find(String caseNumber, String personId, int version) {
        List<Version> all = versions(caseNumber, personId);
        if (version < 1 || version > all.size()) {
            return Optional.empty();
        }
        Version v = all.get(version - 1);
        return asEngine(() -> {
            HistoricVariableInstance document = variable(v.processInstanceId(), DOCUMENT);
            if (document == null || !(document.getTypedValue() instanceof FileValue file)) {
                return Optional.empty();
            }
            HistoricVariableInstance group = variable(v.processInstanceId(), APPROVING_GROUP);
            try (InputStream in = file.getValue()) {
                return Optional.of(new StoredDecision(
                        in.readAllBytes(), file.getFilename(), group == null ? null : (String) group.getValue(), v));
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the decision document of case " + caseNumber + " failed", e);
            }
        });
    }

    /**
     * every written decision of one respondent, oldest first: the track's, then those of the appeals that
     * changed or revoked it. Version numbers count from 1 in that order.
     */
    public List<Version> versions(String caseNumber, String personId) {
        return asEngine(() -> {
            List<Version> versions = new ArrayList<>();
            track(caseNumber, personId).ifPresent(id -> versions.add(version(id, Kind.DECISION, null)));
            if (versions.isEmpty()) {
                return List.of();
            }
            List<Version> appeals = new ArrayList<>();
            for (HistoricProcessInstance appeal : historyService
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ProcessKeys.DECISION_APPEAL)
                    .variableValueEquals(CASE_NUMBER, caseNumber)
                    .variableValueEquals(PERSON_ID, personId)
                    .list()) {
                HistoricVariableInstance kind = variable(appeal.getId(), KIND);
                if (kind != null && kind.getValue() != null) {
                    HistoricVariableInstance filed = variable(appeal.getId(), "appealFiledOn");
                    appeals.add(version(
                            appeal.getId(),
                            Kind.valueOf(kind.getValue().toString()),
                            filed == null || filed.getValue() == null
                                    ? null
                                    : filed.getValue().toString()));
                }
            }
            appeals.sort(Comparator.comparing(Version::createdAt).thenComparing(Version::processInstanceId));
            versions.addAll(appeals);
            List<Version> numbered = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Version v = versions.get(i);
                numbered.add(new Version(i + 1, v.kind(), v.createdAt(), v.appealFiledOn(), v.processInstanceId()));
            }
            return List.copyOf(numbered);
        });
    }

    private Version version(String processInstanceId, Kind kind, String appealFiledOn) {
        HistoricVariableInstance document = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(DOCUMENT)
                .disableBinaryFetching()
                .singleResult();
        Instant created =
                document == null ? Instant.EPOCH : document.getCreateTime().toInstant();
        return new Version(0, kind, created, appealFiledOn, processInstanceId);
    }

    /** The decided respondent's track, for the appeal (A-1 … A-4); empty without a decision document. */
    public Optional<DecidedTrack> decidedTrack(String caseNumber, String personId) {
        return trackValues(caseNumber, personId).map(DecidedTrack::of);
    }

    /** the decided track's variables (name → value), for the written decision an appeal changes. */
    public Optional<Map<String, Object>> trackValues(String caseNumber, String personId) {
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
        return WithoutCaller.read(identityService, query);
    }

    private HistoricVariableInstance variable(String processInstanceId, String name) {
        return historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId)
                .variableName(name)
                .singleResult();
    }

    /** The stored PDF, its file name, the group of the body that approved the decision, its version. */
    public record StoredDecision(byte[] pdf, String filename, String approvingGroup, Version version) {}

    /** What a written decision is: the first one, one changed by an appeal, or the notice of its revocation. */
    public enum Kind {
        DECISION("问责决定书"),
        CHANGED("问责决定书（申诉后变更）"),
        REVOKED("撤销问责决定通知书");

        private final String labelZh;

        Kind(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }
    }

    /** one version of a respondent's written decision; {@code appealFiledOn} for those an appeal produced. */
    public record Version(int number, Kind kind, Instant createdAt, String appealFiledOn, String processInstanceId) {}
}
