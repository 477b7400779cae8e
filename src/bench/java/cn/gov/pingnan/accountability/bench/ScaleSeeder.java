package cn.gov.pingnan.accountability.bench;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Fills the database with cases the fast way that still goes through the engine: real process instances of
 * our diagrams, started and completed through the engine's Java API as the right users (history FULL,
 * authorization on, delegates and listeners run), but in batches — one engine command (one transaction,
 * one flush with JDBC batching) starts a whole batch of cases, one more completes the next task of every
 * case of the batch. The engine clock walks from 2016 to today so that case numbers (PN-YYYY-NNNN, at most
 * 9,999 a year), creation times and history look like ten years of work: closed cases first, open ones last.
 *
 * <p>Closed cases: 20 % out of scope (closed at intake), 60 % closed at preliminary verification,
 * 20 % full cases (retired respondent, light grade: verification, investigation, review, approval, closure).
 * Open cases wait at verification (40 %), investigation (30 %), review (20 %) or approval (10 %), with
 * respondents managed by the county, a township or a unit so that every staff group has open tasks.
 */
final class ScaleSeeder {

    /** The tenant of the measured cases (issue 14: counties are tenants). */
    private static final List<String> COUNTIES = List.of("pingnan");

    record Seeded(
            int openCases,
            int closedCases,
            double seconds,
            double casesPerSecond,
            int batchSize,
            int threads,
            Map<String, Integer> openByWaitingTask,
            Map<String, Integer> closedByPath,
            int firstYear,
            int lastYear,
            List<String> openKeys,
            List<String> closedKeys) {}

    private enum CasePath {
        OUT_OF_SCOPE,
        CLOSED_AT_VERIFICATION,
        FULL_CLOSED,
        OPEN_AT_VERIFICATION,
        OPEN_AT_INVESTIGATION,
        OPEN_AT_REVIEW,
        OPEN_AT_APPROVAL;

        int stages() {
            return switch (this) {
                case OUT_OF_SCOPE, OPEN_AT_VERIFICATION -> 0;
                case CLOSED_AT_VERIFICATION, OPEN_AT_INVESTIGATION -> 1;
                case OPEN_AT_REVIEW -> 2;
                case OPEN_AT_APPROVAL -> 3;
                case FULL_CLOSED -> 6;
            };
        }

        boolean open() {
            return name().startsWith("OPEN");
        }
    }

    private static final String[] STAGE_TASKS = {
        "verifyLead", "investigateCase", "reviewProposal", "approveDecision", "recordDelivery", "closeCase"
    };
    private static final String[] LEVELS = {"TOWNSHIP", "COUNTY", "UNIT"};
    private static final Map<String, String> APPROVER =
            Map.of("TOWNSHIP", "xiangzhen", "COUNTY", "xianwei", "UNIT", "danwei");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int KEYS_KEPT = 500;

    /** One case of a batch: its plan and, once started, its business key and root instance. */
    private static final class Case {
        final long index;
        final CasePath path;
        final String level;
        String key;
        String root;

        Case(long index, CasePath path) {
            this.index = index;
            this.path = path;
            this.level = LEVELS[(int) (index % LEVELS.length)];
        }
    }

    private final CommandExecutor commands;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Map<String, List<String>> groups = new HashMap<>();

    private ScaleSeeder(ProcessEngine engine) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
        for (String user : List.of("shouli", "diaocha", "shenli", "xianwei", "xiangzhen", "danwei")) {
            groups.put(
                    user,
                    identity.createGroupQuery().groupMember(user).list().stream()
                            .map(Group::getId)
                            .toList());
        }
    }

    static Seeded seed(ProcessEngine engine, int open, int closed, int threads, int batchSize) throws Exception {
        return new ScaleSeeder(engine).seed(open, closed, threads, batchSize);
    }

    private Seeded seed(int open, int closed, int threads, int batchSize) throws Exception {
        int total = open + closed;
        LocalDate today = LocalDate.now(ZONE);
        int firstYear = CaseNumber.FIRST_YEAR;
        int years = today.getYear() - firstYear + 1;
        // spread evenly over the years; numbers allow 9,999 a year, beyond that the clock runs into next year
        int slice = batchSize * threads;
        // whole slices per year, so that a year never passes its 9,999 numbers
        int perYear =
                Math.min(CaseNumber.MAX_SEQUENCE / slice, ((total + years - 1) / years + slice - 1) / slice) * slice;
        Map<String, Integer> openBy = new LinkedHashMap<>();
        Map<String, Integer> closedBy = new LinkedHashMap<>();
        List<String> openKeys = new ArrayList<>();
        List<String> closedKeys = new ArrayList<>();
        int lastYear = firstYear;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int from = 0; from < total; from += slice) {
                int year = firstYear + from / perYear;
                int inYear = from % perYear;
                lastYear = Math.max(lastYear, year);
                LocalDate day = LocalDate.of(year, 1, 2).plusDays((long) inYear * 360 / perYear);
                ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
                List<Future<List<Case>>> work = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int batchFrom = from + t * batchSize;
                    int batchTo = Math.min(total, batchFrom + batchSize);
                    if (batchFrom >= batchTo) {
                        break;
                    }
                    List<Case> batch = new ArrayList<>();
                    for (int g = batchFrom; g < batchTo; g++) {
                        batch.add(new Case(g, pathOf(g, closed)));
                    }
                    work.add(pool.submit(() -> runBatch(batch, day)));
                }
                for (Future<List<Case>> f : work) {
                    for (Case c : f.get()) {
                        (c.path.open() ? openBy : closedBy).merge(c.path.name(), 1, Integer::sum);
                        List<String> keys = c.path.open() ? openKeys : closedKeys;
                        if (keys.size() < KEYS_KEPT || c.index % 97 == 0) {
                            keys.add(c.key);
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            ClockUtil.reset();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Seeded(
                open,
                closed,
                ThroughputBenchmark.round(seconds, 1),
                ThroughputBenchmark.round(total / seconds, 1),
                batchSize,
                threads,
                openBy,
                closedBy,
                firstYear,
                lastYear,
                sample(openKeys),
                sample(closedKeys));
    }

    private static List<String> sample(List<String> keys) {
        if (keys.size() <= KEYS_KEPT) {
            return keys;
        }
        List<String> every = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += Math.max(1, keys.size() / KEYS_KEPT)) {
            every.add(keys.get(i));
        }
        return every;
    }

    /** Closed cases are the older ones; the mix follows the index. */
    private static CasePath pathOf(long index, int closed) {
        int m = (int) (index % 10);
        if (index < closed) {
            return m < 2 ? CasePath.OUT_OF_SCOPE : m < 8 ? CasePath.CLOSED_AT_VERIFICATION : CasePath.FULL_CLOSED;
        }
        return m < 4
                ? CasePath.OPEN_AT_VERIFICATION
                : m < 7 ? CasePath.OPEN_AT_INVESTIGATION : m < 9 ? CasePath.OPEN_AT_REVIEW : CasePath.OPEN_AT_APPROVAL;
    }

    private List<Case> runBatch(List<Case> batch, LocalDate day) {
        commands.execute(context -> {
            as("shouli", () -> {
                for (Case c : batch) {
                    ProcessInstance pi =
                            runtime.startProcessInstanceByKey(ProcessKeys.ACCOUNTABILITY_CASE, intake(c, day));
                    c.key = pi.getBusinessKey();
                    c.root = pi.getId();
                }
            });
            return null;
        });
        for (int stage = 1; stage <= STAGE_TASKS.length; stage++) {
            int s = stage;
            List<Case> due = batch.stream().filter(c -> c.path.stages() >= s).toList();
            if (due.isEmpty()) {
                break;
            }
            String taskKey = STAGE_TASKS[stage - 1];
            commands.execute(context -> {
                Map<String, Task> byKey = tasksByBusinessKey(due, taskKey);
                for (Case c : due) {
                    Task task = byKey.get(c.key);
                    if (task == null) {
                        throw new IllegalStateException(
                                "Case " + c.key + " (" + c.path + ") has no open task " + taskKey);
                    }
                    as(userFor(c, taskKey), () -> tasks.complete(task.getId(), variables(c, taskKey, day)));
                }
                return null;
            });
        }
        return batch;
    }

    private Map<String, Task> tasksByBusinessKey(List<Case> due, String taskKey) {
        List<Task> open = tasks.createTaskQuery()
                .processInstanceBusinessKeyIn(due.stream().map(c -> c.key).toArray(String[]::new))
                .taskDefinitionKey(taskKey)
                .list();
        Map<String, String> keyOfInstance = new HashMap<>();
        if (!open.isEmpty()) {
            runtime.createProcessInstanceQuery()
                    .processInstanceIds(
                            open.stream().map(Task::getProcessInstanceId).collect(java.util.stream.Collectors.toSet()))
                    .list()
                    .forEach(p -> keyOfInstance.put(p.getId(), p.getBusinessKey()));
        }
        Map<String, Task> byKey = new HashMap<>();
        open.forEach(t -> byKey.put(keyOfInstance.get(t.getProcessInstanceId()), t));
        return byKey;
    }

    private String userFor(Case c, String taskKey) {
        return switch (taskKey) {
            case "verifyLead", "investigateCase" -> "diaocha";
            case "approveDecision" -> APPROVER.get(c.level);
            default -> "shenli";
        };
    }

    private void as(String user, Runnable call) {
        identity.setAuthentication(user, groups.get(user), COUNTIES); // issue 14: 平南县's staff
        try {
            call.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String personId(Case c) {
        return personId(c.index);
    }

    /** The respondent of the case with that index (the staff search benchmark looks cases up by it). */
    static String personId(long index) {
        return String.format("4521318%011d", index);
    }

    private static VariableMap intake(Case c, LocalDate day) {
        String category = c.path == CasePath.OUT_OF_SCOPE ? "OUT_OF_SCOPE" : "ADMINISTRATIVE_ORGAN";
        String status = c.path == CasePath.FULL_CLOSED ? "RETIRED" : "IN_POST";
        return Variables.createVariables()
                .putValue(CaseVariables.LEAD_SOURCE, c.index % 3 == 0 ? "巡察移交" : "群众信访举报")
                .putValue(CaseVariables.WORK_FIELD, c.index % 2 == 0 ? "INFRASTRUCTURE" : "EDUCATION")
                .putValue(CaseVariables.CONDUCT_DATE, day.minusDays(90).toString())
                .putValue(CaseVariables.GROUNDS, CaseDriver.json("[\"5.5\"]"))
                .putValue(CaseVariables.FACTS, "扶贫项目资金使用不规范（第" + c.index + "号线索）")
                .putValue(CaseVariables.DIRECT_TAKEOVER, false)
                .putValue(
                        CaseVariables.RESPONDENTS,
                        CaseDriver.json("[{\"kind\":\"PERSON\",\"name\":\"对象" + c.index
                                + "\",\"personId\":\"" + personId(c)
                                + "\",\"unit\":\"思旺镇人民政府\",\"post\":\"干部\",\"category\":\""
                                + category + "\",\"managementLevel\":\"" + c.level + "\",\"employmentStatus\":\""
                                + status + "\"}]"));
    }

    private static Map<String, Object> variables(Case c, String taskKey, LocalDate day) {
        String grade = c.path == CasePath.FULL_CLOSED
                ? "LIGHT"
                : c.index % 3 == 0 ? "SEVERE" : c.index % 3 == 1 ? "HEAVIER" : "LIGHT";
        return switch (taskKey) {
            case "verifyLead" ->
                c.path == CasePath.CLOSED_AT_VERIFICATION
                        ? Map.of(
                                CaseVariables.VERIFICATION_DECISION,
                                "INSUFFICIENT_EVIDENCE",
                                CaseVariables.VERIFICATION_REASON,
                                "经初核，证据不足")
                        : Map.of(
                                CaseVariables.VERIFICATION_DECISION,
                                CaseVariables.VERIFICATION_OPEN,
                                CaseVariables.VERIFICATION_REASON,
                                "");
            case "investigateCase" ->
                Variables.createVariables()
                        .putValue(
                                CaseVariables.FINDINGS,
                                CaseDriver.json("[{\"name\":\"对象" + c.index + "\",\"personId\":\"" + personId(c)
                                        + "\",\"role\":\"EXECUTING_STAFF\",\"severityGrade\":\"" + grade
                                        + "\",\"aggravatedArt9\":false,"
                                        + "\"disciplineDue\":false,\"crimeSuspected\":false}]"))
                        .putValue(CaseVariables.COLLECTIVE_DECISION, false)
                        .putValue(CaseVariables.SIGNATORIES, CaseDriver.json("[]"))
                        .putValue(CaseVariables.INVESTIGATION_REPORT, "经查属实");
            case "reviewProposal" -> Map.of();
            case "approveDecision" ->
                Map.of(
                        CaseVariables.APPROVAL_DECISION,
                        CaseVariables.DECISION_APPROVED,
                        CaseVariables.DECISION_EFFECTIVE_DATE,
                        day.toString(),
                        CaseVariables.APPROVAL_COMMENT,
                        "");
            case "recordDelivery" ->
                Map.of(
                        CaseVariables.DELIVERED_BY,
                        "王审理",
                        CaseVariables.DELIVERED_ON,
                        day.toString(),
                        CaseVariables.DELIVERY_METHOD,
                        "IN_PERSON");
            default -> Map.of(CaseVariables.CLOSURE_SUMMARY, "结案");
        };
    }
}
