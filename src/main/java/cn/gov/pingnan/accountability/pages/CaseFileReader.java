package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.CaseReadRule;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.security.WithoutCaller;
import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import cn.gov.pingnan.accountability.workflow.WorkflowSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one case from the engine's history (variables, steps, who completed them) for a user whom {@link
 * CaseReadRule} lets read it. The engine is asked without the user's identity: the staff may not read process
 * variables through the engine (docs/security.md T4), so this rule is the gate.
 */
@Component
public class CaseFileReader {

    /** Where the decision issue serves the decision document of an approved respondent. */
    static final String DECISION_DOCUMENT = "/api/cases/%s/decisions/%s.pdf";

    private static final List<String> OVERVIEW = List.of(
            CaseVariables.LEAD_SOURCE,
            CaseVariables.WORK_FIELD,
            CaseVariables.CONDUCT_DATE,
            CaseVariables.CONDUCT_DATE_NOTE,
            CaseVariables.GROUNDS,
            CaseVariables.FACTS,
            CaseVariables.DIRECT_TAKEOVER,
            CaseVariables.RESPONDENTS,
            CaseVariables.SCOPE_DECISIONS);
    private static final List<String> INVESTIGATION = List.of(
            CaseVariables.VERIFICATION_DECISION,
            CaseVariables.VERIFICATION_REASON,
            CaseVariables.FINDINGS,
            CaseVariables.SIGNATORIES,
            CaseVariables.COLLECTIVE_DECISION,
            CaseVariables.INVESTIGATION_REPORT,
            CaseVariables.ACCOUNTABLES,
            CaseVariables.CLOSURE_SUMMARY);
    private static final List<String> TRACK = List.of(
            CaseVariables.PROPOSED_GRADE,
            CaseVariables.PROPOSED_MEASURE,
            CaseVariables.PROPOSAL_NOTE,
            CaseVariables.REVIEW_GRADE,
            CaseVariables.REVIEW_MEASURE,
            CaseVariables.REVIEW_REASON,
            CaseVariables.APPROVING_GROUP,
            CaseVariables.GRADE,
            CaseVariables.MEASURE,
            CaseVariables.APPROVAL_DECISION,
            CaseVariables.APPROVAL_COMMENT,
            CaseVariables.DECISION_EFFECTIVE_DATE,
            CaseVariables.TAKEN_OVER_BY_COMMISSION,
            CaseVariables.REJECTION_REASON,
            CaseVariables.REFERRAL_ROUTE,
            CaseVariables.REFERRAL_BASIS,
            CaseVariables.DISCIPLINE_REFERRAL,
            CaseVariables.DISCIPLINES,
            CaseVariables.JUDICIAL_TRANSFER,
            CaseVariables.JUDICIAL_TRANSFER_NOTE,
            CaseVariables.EMPLOYER_REPLY,
            CaseVariables.HANDLING_NOTE,
            CaseVariables.DECISION_DELIVERED_AT,
            CaseVariables.RECTIFICATION_REQUIREMENTS,
            CaseVariables.RECTIFICATION_DEADLINE,
            CaseVariables.RECTIFICATION_VERIFIED,
            CaseVariables.RECTIFICATION_NOTE);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(CaseVariables.LEAD_SOURCE, "线索来源"),
            Map.entry(CaseVariables.WORK_FIELD, "工作领域（第二条）"),
            Map.entry(CaseVariables.CONDUCT_DATE, "问题发生日期"),
            Map.entry(CaseVariables.CONDUCT_DATE_NOTE, "日期提示（R-15）"),
            Map.entry(CaseVariables.GROUNDS, "问责情形"),
            Map.entry(CaseVariables.FACTS, "问题事实"),
            Map.entry(CaseVariables.DIRECT_TAKEOVER, "县纪委监委直接问责"),
            Map.entry(CaseVariables.RESPONDENTS, "受理时的被问责对象"),
            Map.entry(CaseVariables.SCOPE_DECISIONS, "适用范围审查（R-3.2）"),
            Map.entry(CaseVariables.VERIFICATION_DECISION, "初核结论"),
            Map.entry(CaseVariables.VERIFICATION_REASON, "初核理由"),
            Map.entry(CaseVariables.FINDINGS, "调查认定"),
            Map.entry(CaseVariables.SIGNATORIES, "签字人（R-4.2）"),
            Map.entry(CaseVariables.COLLECTIVE_DECISION, "集体决策（R-8）"),
            Map.entry(CaseVariables.INVESTIGATION_REPORT, "调查报告"),
            Map.entry(CaseVariables.ACCOUNTABLES, "责任认定后的被问责对象"),
            Map.entry(CaseVariables.CLOSURE_SUMMARY, "结案报告"),
            Map.entry(CaseVariables.PROPOSED_GRADE, "建议情节"),
            Map.entry(CaseVariables.PROPOSED_MEASURE, "建议问责方式"),
            Map.entry(CaseVariables.PROPOSAL_NOTE, "建议说明"),
            Map.entry(CaseVariables.REVIEW_GRADE, "审理认定情节"),
            Map.entry(CaseVariables.REVIEW_MEASURE, "审理认定问责方式"),
            Map.entry(CaseVariables.REVIEW_REASON, "审理意见"),
            Map.entry(CaseVariables.APPROVING_GROUP, "审批机关（R-13.1）"),
            Map.entry(CaseVariables.GRADE, "决定情节"),
            Map.entry(CaseVariables.MEASURE, "决定问责方式"),
            Map.entry(CaseVariables.APPROVAL_DECISION, "审批结果"),
            Map.entry(CaseVariables.APPROVAL_COMMENT, "审批意见"),
            Map.entry(CaseVariables.DECISION_EFFECTIVE_DATE, "决定生效日期"),
            Map.entry(CaseVariables.TAKEN_OVER_BY_COMMISSION, "县纪委监委直接问责（R-13.2）"),
            Map.entry(CaseVariables.REJECTION_REASON, "不予批准理由"),
            Map.entry(CaseVariables.REFERRAL_ROUTE, "处理途径（第十一条）"),
            Map.entry(CaseVariables.REFERRAL_BASIS, "处理依据"),
            Map.entry(CaseVariables.DISCIPLINE_REFERRAL, "移送党纪政纪处分（R-10.4）"),
            Map.entry(CaseVariables.DISCIPLINES, "党纪政纪处分"),
            Map.entry(CaseVariables.JUDICIAL_TRANSFER, "移送司法机关（R-10.5）"),
            Map.entry(CaseVariables.JUDICIAL_TRANSFER_NOTE, "移送说明"),
            Map.entry(CaseVariables.EMPLOYER_REPLY, "现任职单位回复"),
            Map.entry(CaseVariables.HANDLING_NOTE, "办理说明"),
            Map.entry(CaseVariables.DECISION_DELIVERED_AT, "决定送达时间"),
            Map.entry(CaseVariables.RECTIFICATION_REQUIREMENTS, "整改要求（R-10.2）"),
            Map.entry(CaseVariables.RECTIFICATION_DEADLINE, "整改期限"),
            Map.entry(CaseVariables.RECTIFICATION_VERIFIED, "整改已核查"),
            Map.entry(CaseVariables.RECTIFICATION_NOTE, "整改核查意见"));

    private final HistoryService history;
    private final IdentityService identityService;
    private final NamedParameterJdbcTemplate jdbc;
    private final RestrictionRegister register;
    private final GroundsCatalogue grounds = GroundsCatalogue.loadDefault();

    public CaseFileReader(
            HistoryService history,
            IdentityService identityService,
            NamedParameterJdbcTemplate jdbc,
            RestrictionRegister register) {
        this.history = history;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.register = register;
    }

    /**
     * Empty when no such case is indexed in one of {@code countyIds} (issue 14: a case of another county is as
     * unknown as a case number never given).
     */
    public Optional<CaseReadRule.CaseAccess> access(String caseNumber, List<String> countyIds) {
        if (countyIds.isEmpty()) {
            return Optional.empty();
        }
        MapSqlParameterSource key = new MapSqlParameterSource("caseNumber", caseNumber);
        List<Boolean> county = jdbc.queryForList(
                "SELECT county_managed FROM staff_case WHERE case_number = :caseNumber AND tenant_id IN (:counties)",
                new MapSqlParameterSource("caseNumber", caseNumber).addValue("counties", countyIds),
                Boolean.class);
        if (county.isEmpty()) {
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>(jdbc.queryForList(
                "SELECT group_id FROM staff_case_group WHERE case_number = :caseNumber", key, String.class));
        Long restrictions = jdbc.queryForObject(
                "SELECT COUNT(*) FROM acc_restriction WHERE case_business_key = :caseNumber", key, Long.class);
        return Optional.of(new CaseReadRule.CaseAccess(groups, Boolean.TRUE.equals(county.get(0)), restrictions > 0));
    }

    public String status(String caseNumber) {
        return jdbc.queryForObject(
                "SELECT status FROM staff_case WHERE case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber),
                String.class);
    }

    /**
     * The whole file; the caller has checked {@link CaseReadRule}. An API caller's engine identity (set by {@code
     * ApiAuthenticationFilter}) is lifted for the reading, as the engine would show him nothing (T4).
     */
    public CaseFile read(String caseNumber) {
        return WithoutCaller.read(identityService, () -> readAsSystem(caseNumber));
    }

    private CaseFile readAsSystem(String caseNumber) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .orderByProcessInstanceStartTime()
                .asc()
                .list();
        Map<String, Map<String, JsonNode>> variables = new HashMap<>();
        if (!instances.isEmpty()) {
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instances.stream()
                            .map(HistoricProcessInstance::getId)
                            .toArray(String[]::new))
                    .disableCustomObjectDeserialization()
                    .list()) {
                if (v.getActivityInstanceId() == null
                        || v.getActivityInstanceId().equals(v.getProcessInstanceId())) {
                    variables
                            .computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .put(v.getName(), CaseValues.tree(v.getValue()));
                }
            }
        }
        List<CaseFile.Entry> overview = new ArrayList<>();
        List<CaseFile.Entry> investigation = new ArrayList<>();
        List<CaseFile.Track> tracks = new ArrayList<>();
        List<CaseFile.Diagram> diagrams = new ArrayList<>();
        List<CaseFile.Event> timeline = new ArrayList<>();
        List<RegisteredRestriction> caseRestrictions = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            Map<String, JsonNode> vars = variables.getOrDefault(instance.getId(), Map.of());
            List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId())
                    .orderByHistoricActivityInstanceStartTime()
                    .asc()
                    .list();
            Map<String, String> stepNames = new HashMap<>();
            steps.stream()
                    .filter(a -> a.getActivityName() != null)
                    .forEach(a -> stepNames.put(a.getActivityId(), a.getActivityName()));
            String trackName = "案件";
            if (ProcessKeys.ACCOUNTABILITY_CASE.equals(instance.getProcessDefinitionKey())) {
                overview.addAll(entries(vars, OVERVIEW, stepNames));
                investigation.addAll(entries(vars, INVESTIGATION, stepNames));
                if (instance.getStartUserId() != null) {
                    timeline.add(new CaseFile.Event(
                            at(instance.getStartTime()), "登记线索，启动案件", instance.getStartUserId(), trackName));
                }
            } else if (ProcessKeys.RESPONDENT_ACCOUNTABILITY.equals(instance.getProcessDefinitionKey())) {
                JsonNode respondent = vars.get(CaseVariables.RESPONDENT);
                String personId = CaseValues.text(respondent, "personId");
                trackName =
                        Optional.ofNullable(CaseValues.text(respondent, "name")).orElse("被问责对象");
                List<RegisteredRestriction> restrictions = new ArrayList<>();
                if (personId != null) {
                    register.findByPerson(personId).stream()
                            .filter(r -> caseNumber.equals(r.caseBusinessKey()))
                            .forEach(restrictions::add);
                }
                caseRestrictions.addAll(restrictions);
                boolean approved = vars.get(CaseVariables.APPROVAL_DECISION) != null
                        && CaseVariables.DECISION_APPROVED.equals(
                                vars.get(CaseVariables.APPROVAL_DECISION).asText());
                tracks.add(new CaseFile.Track(
                        trackName,
                        personId,
                        instance.getEndTime() == null ? "办理中" : "已办结",
                        entries(vars, TRACK, stepNames),
                        restrictions,
                        approved && personId != null ? DECISION_DOCUMENT.formatted(caseNumber, personId) : null));
            } else {
                trackName = "影响期 · " + textOf(vars, CaseVariables.RESPONDENT_NAME) + " · "
                        + textOf(vars, CaseVariables.RESTRICTION_LABEL);
            }
            diagrams.add(new CaseFile.Diagram(
                    diagramTitle(instance, trackName), instance.getProcessDefinitionId(), activeSteps(instance)));
            for (HistoricActivityInstance step : steps) {
                if (step.getActivityName() != null && isWork(step.getActivityType())) {
                    String what = step.getActivityName() + (step.getEndTime() == null ? "（进行中）" : "");
                    timeline.add(new CaseFile.Event(
                            at(step.getEndTime() == null ? step.getStartTime() : step.getEndTime()),
                            what,
                            step.getAssignee() == null
                                    ? (step.getActivityType().equals("userTask") ? "（待认领）" : "系统")
                                    : step.getAssignee(),
                            trackName));
                }
            }
        }
        timeline.sort(Comparator.comparing(CaseFile.Event::at)); // stable: steps of one process keep their order
        return new CaseFile(caseNumber, status(caseNumber), overview, investigation, tracks, diagrams, timeline);
    }

    private List<String> activeSteps(HistoricProcessInstance instance) {
        if (instance.getEndTime() != null) {
            return List.of();
        }
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .unfinished()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .distinct()
                .toList();
    }

    private static String diagramTitle(HistoricProcessInstance instance, String track) {
        String process = switch (instance.getProcessDefinitionKey()) {
            case ProcessKeys.ACCOUNTABILITY_CASE -> "问责案件办理";
            case ProcessKeys.RESPONDENT_ACCOUNTABILITY -> "对象问责处理 · " + track;
            default -> "影响期管理" + track.substring(track.indexOf(' '));
        };
        return process + (instance.getEndTime() == null ? "（办理中）" : "（已结束）");
    }

    private static boolean isWork(String type) {
        return type.equals("userTask")
                || type.equals("serviceTask")
                || type.equals("noneEndEvent")
                || type.equals("intermediateTimer")
                || type.equals("boundaryTimer")
                || type.equals("callActivity");
    }

    private List<CaseFile.Entry> entries(
            Map<String, JsonNode> vars, List<String> names, Map<String, String> stepNames) {
        List<CaseFile.Entry> entries = new ArrayList<>();
        for (String name : names) {
            JsonNode value = vars.get(name);
            if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
                continue;
            }
            String text = name.equals(CaseVariables.GROUNDS) ? groundsText(value) : CaseLabels.text(name, value);
            entries.add(new CaseFile.Entry(LABELS.getOrDefault(name, name), text));
        }
        // who signed each confirmation, and when
        vars.keySet().stream()
                .filter(n -> n.endsWith(CaseVariables.SIGNED_BY_SUFFIX))
                .filter(n -> names == TRACK || names == INVESTIGATION)
                .sorted()
                .forEach(n -> {
                    String task = n.substring(0, n.length() - CaseVariables.SIGNED_BY_SUFFIX.length());
                    JsonNode when = vars.get(task + CaseVariables.SIGNED_AT_SUFFIX);
                    entries.add(new CaseFile.Entry(
                            "签字：" + stepNames.getOrDefault(task, task),
                            vars.get(n).asText() + (when == null ? "" : "，" + when.asText())));
                });
        return entries;
    }

    private String groundsText(JsonNode codes) {
        List<String> lines = new ArrayList<>();
        codes.forEach(c -> lines.add(
                grounds.find(c.asText()).map(g -> g.code() + " " + g.textZh()).orElse(c.asText())));
        return String.join("；", lines);
    }

    private static String textOf(Map<String, JsonNode> vars, String name) {
        JsonNode value = vars.get(name);
        return value == null ? "" : value.asText();
    }

    private static LocalDateTime at(java.util.Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), WorkflowSettings.ZONE);
    }
}
