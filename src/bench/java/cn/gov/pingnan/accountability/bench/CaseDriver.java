package cn.gov.pingnan.accountability.bench;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives one full case through the engine's Java API as the staff would through Tasklist: every task
 * completed by a user of its candidate group, authenticated with that user's groups (authorization is on).
 * Statements of the calls that move the case go to bucket {@code <name>.progress}; finding the task, the
 * respondent's track and the job (what Tasklist and the job executor do on their own) to {@code <name>.lookup}.
 *
 * <p>Our case: one in-post, county-managed respondent, severe grade, not aggravated → 调离岗位 (REASSIGNMENT);
 * party/government discipline due and crime suspected, so the parallel referral runs all three branches
 * (judicial transfer, discipline recorded, decision delivered by an async job) and every human step of
 * the path is taken: verify lead, investigate, review, approve, transfer, record discipline, close.
 */
final class CaseDriver {

    /** The tenant of the measured cases (issue 14: counties are tenants). */
    private static final List<String> COUNTIES = List.of("pingnan");

    /** One human step: who completes which task (the first of its candidate groups). */
    record Step(String taskKey, String user, String group) {}

    static final List<Step> OUR_STEPS = List.of(
            new Step("verifyLead", "diaocha", "investigators"),
            new Step("investigateCase", "diaocha", "investigators"),
            new Step("reviewProposal", "shenli", "reviewers"),
            new Step("approveDecision", "xianwei", "county-committee"),
            new Step("transferToJudiciary", "jiwei", "commission-leaders"),
            new Step("recordDiscipline", "diaocha", "investigators"),
            new Step("recordDelivery", "shenli", "reviewers"),
            new Step("closeCase", "shenli", "reviewers"));

    static final String STARTER = "shouli";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final HistoryService history;
    private final StatementCounter counter;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    CaseDriver(ProcessEngine engine, StatementCounter counter) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
        this.management = engine.getManagementService();
        this.history = engine.getHistoryService();
        this.counter = counter;
    }

    /** Runs our case from intake to closure; returns the root process instance id. */
    String runOurCase(String bucket, long seq) {
        String personId = String.format("4521319%011d", seq);
        String name = "对象" + seq;
        String today = LocalDate.now(ZONE).toString();
        String root = progress(
                bucket,
                STARTER,
                () -> runtime.startProcessInstanceByKey(ProcessKeys.ACCOUNTABILITY_CASE, intake(personId, name))
                        .getId());
        complete(
                bucket,
                root,
                OUR_STEPS.get(0),
                Map.of(
                        CaseVariables.VERIFICATION_DECISION,
                        CaseVariables.VERIFICATION_OPEN,
                        CaseVariables.VERIFICATION_REASON,
                        ""));
        complete(
                bucket,
                root,
                OUR_STEPS.get(1),
                Variables.createVariables()
                        .putValue(
                                CaseVariables.FINDINGS,
                                json("[{\"name\":\"" + name + "\",\"personId\":\"" + personId
                                        + "\",\"role\":\"LEADER\",\"severityGrade\":\"SEVERE\",\"aggravatedArt9\":false,"
                                        + "\"disciplineDue\":true,\"crimeSuspected\":true}]"))
                        .putValue(CaseVariables.COLLECTIVE_DECISION, false)
                        .putValue(CaseVariables.SIGNATORIES, json("[]"))
                        .putValue(
                                CaseVariables.INVESTIGATION_REPORT,
                                "经查，该同志在村道硬化项目验收中未履行监管职责，工程未达标即签字通过验收，造成扶贫资金损失 12.6 万元。"));
        String track = lookup(
                bucket,
                () -> runtime.createProcessInstanceQuery()
                        .superProcessInstanceId(root)
                        .singleResult()
                        .getId());
        complete(
                bucket,
                track,
                OUR_STEPS.get(2),
                Map.of(
                        CaseVariables.REVIEW_GRADE, "SEVERE",
                        CaseVariables.REVIEW_MEASURE, "REASSIGNMENT",
                        CaseVariables.REVIEW_REASON, ""));
        complete(
                bucket,
                track,
                OUR_STEPS.get(3),
                Map.of(
                        CaseVariables.APPROVAL_DECISION,
                        CaseVariables.DECISION_APPROVED,
                        CaseVariables.DECISION_EFFECTIVE_DATE,
                        today,
                        CaseVariables.APPROVAL_COMMENT,
                        ""));
        executeJobs(bucket, track);
        complete(bucket, track, OUR_STEPS.get(4), Map.of(CaseVariables.JUDICIAL_TRANSFER_NOTE, "已移送县公安局立案侦查"));
        complete(
                bucket,
                track,
                OUR_STEPS.get(5),
                Variables.createVariables()
                        .putValue(
                                CaseVariables.DISCIPLINES,
                                json("[{\"type\":\"GOV_MAJOR_DEMERIT\",\"effectiveDate\":\"" + today + "\"}]")));
        executeJobs(bucket, track); // restriction scheduling runs as its own retried job
        complete(
                bucket,
                track,
                OUR_STEPS.get(6),
                Map.of(
                        CaseVariables.DELIVERED_BY,
                        "王审理",
                        CaseVariables.DELIVERED_ON,
                        today,
                        CaseVariables.DELIVERY_METHOD,
                        "IN_PERSON"));
        complete(
                bucket,
                root,
                OUR_STEPS.get(7),
                Map.of(CaseVariables.CLOSURE_SUMMARY, name + "受到调离岗位处理，给予记大过处分，涉嫌犯罪问题已移送司法机关"));
        requireCompleted(bucket, root);
        return root;
    }

    /** The floor: the generated process, the same users and groups, one wait state per human step plus its jobs. */
    String runFloorCase(String bucket, FloorProcess floor) {
        String root = progress(
                bucket,
                STARTER,
                () -> runtime.startProcessInstanceByKey(FloorProcess.KEY, floor.variables(0))
                        .getId());
        for (int i = 0; i < floor.steps().size(); i++) {
            if (i == floor.asyncAfterStep()) {
                executeJobs(bucket, root);
            }
            complete(bucket, root, floor.steps().get(i), floor.variables(i + 1));
        }
        requireCompleted(bucket, root);
        return root;
    }

    static VariableMap intake(String personId, String name) {
        return Variables.createVariables()
                .putValue(CaseVariables.LEAD_SOURCE, "群众信访举报")
                .putValue(CaseVariables.WORK_FIELD, "INFRASTRUCTURE")
                .putValue(CaseVariables.CONDUCT_DATE, "2025-06-01")
                .putValue(CaseVariables.GROUNDS, json("[\"5.5\",\"9\"]"))
                .putValue(CaseVariables.FACTS, "思旺镇某村村道硬化项目未达设计标准即通过验收，扶贫资金使用效益低下")
                .putValue(CaseVariables.DIRECT_TAKEOVER, false)
                .putValue(
                        CaseVariables.RESPONDENTS,
                        json("[{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"personId\":\""
                                + personId
                                + "\",\"unit\":\"思旺镇人民政府\",\"post\":\"副镇长\",\"category\":\"ADMINISTRATIVE_ORGAN\","
                                + "\"managementLevel\":\"COUNTY\",\"employmentStatus\":\"IN_POST\"}]"));
    }

    static Object json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    private void complete(String bucket, String processInstanceId, Step step, Map<String, Object> variables) {
        Task task = lookup(bucket, () -> {
            List<Task> open = tasks.createTaskQuery()
                    .processInstanceId(processInstanceId)
                    .taskDefinitionKey(step.taskKey())
                    .list();
            if (open.size() != 1) {
                throw new IllegalStateException("Expected one open task " + step.taskKey() + " in " + processInstanceId
                        + ", found " + open.size());
            }
            return open.get(0);
        });
        progress(bucket, step.user(), () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** As the job executor would: without an authenticated user, until no job is due (a job may create the next). */
    private void executeJobs(String bucket, String processInstanceId) {
        List<Job> due = dueJobs(bucket, processInstanceId);
        if (due.isEmpty()) {
            throw new IllegalStateException("No job to execute in " + processInstanceId);
        }
        while (!due.isEmpty()) {
            for (Job job : due) {
                progress(bucket, null, () -> {
                    management.executeJob(job.getId());
                    return null;
                });
            }
            due = dueJobs(bucket, processInstanceId);
        }
    }

    private List<Job> dueJobs(String bucket, String processInstanceId) {
        return lookup(
                bucket,
                () -> management
                        .createJobQuery()
                        .processInstanceId(processInstanceId)
                        .executable()
                        .list());
    }

    private void requireCompleted(String bucket, String root) {
        HistoricProcessInstance done = lookup(
                bucket,
                () -> history.createHistoricProcessInstanceQuery()
                        .processInstanceId(root)
                        .singleResult());
        if (done == null || done.getEndTime() == null) {
            throw new IllegalStateException("Case " + root + " did not finish");
        }
    }

    private <T> T progress(String bucket, String user, Supplier<T> call) {
        if (user != null) {
            identity.setAuthentication(user, groupsOf(user), COUNTIES); // issue 14: 平南县's staff
        }
        counter.use(bucket + ".progress");
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
            counter.use("other");
        }
    }

    private <T> T lookup(String bucket, Supplier<T> call) {
        counter.use(bucket + ".lookup");
        try {
            return call.get();
        } finally {
            counter.use("other");
        }
    }

    /** Looked up once per user, as a Tasklist login does. */
    private List<String> groupsOf(String user) {
        return groups.computeIfAbsent(user, u -> {
            counter.use("other");
            return identity.createGroupQuery().groupMember(u).list().stream()
                    .map(Group::getId)
                    .toList();
        });
    }
}
