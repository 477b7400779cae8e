package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff acting on the same task at the same moment (issue 15): real concurrent HTTP requests,
 * released together by a latch. Exactly one wins; the others get a clear 409 (or 404 when the
 * task is already gone), never a 500, and nothing of theirs is stored.
 */
@SecurityIntegrationTest
class ConcurrentStaffIT {

    private static final int STAFF = 6;
    private static final String GROUP = "investigators";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RestrictionRegister register;

    private final List<String> investigators = new ArrayList<>();

    @BeforeEach
    void investigatorsAndProcess() {
        TestProcesses.deploy(engine, TestProcesses.INVESTIGATION, GROUP);
        for (int i = 1; i <= STAFF; i++) {
            String id = "race" + i;
            user(id, GROUP);
            if (!investigators.contains(id)) {
                investigators.add(id);
            }
        }
    }

    @Test
    void staffClaimingTheSameTaskAtOnce_oneWins_theOthersGet409_notA500() throws Exception {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());

        List<ServerClient.Reply> replies = race(user -> ServerClient.as(port, user)
                .post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}"));

        List<Integer> statuses =
                replies.stream().map(ServerClient.Reply::status).toList();
        assertThat(statuses).as(replies.toString()).containsOnly(204, 409);
        assertThat(statuses.stream().filter(s -> s == 204).count())
                .as(replies.toString())
                .isEqualTo(1);
        String winner = investigators.get(statuses.indexOf(204));
        assertThat(assigneeOf(task)).isEqualTo(winner);
        for (ServerClient.Reply loser : replies) {
            if (loser.status() == 409) {
                assertThat(loser.json().get("type").asText())
                        .isIn("TaskAlreadyClaimedException", "OptimisticLockingException");
                assertThat(loser.json().get("message").asText()).containsAnyOf("already claimed", "Someone else");
                assertThat(loser.body()).doesNotContain("org.camunda", "\tat ");
            }
        }
    }

    @Test
    void claimOfAClaimedTask_inTasklist_is409_inChinese() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());
        engine.getTaskService().claim(task.getId(), "race1");

        ServerClient tasklist =
                ServerClient.webappLogin(port, "race2", "tasklist").header("Accept-Language", "zh-CN");
        ServerClient.Reply reply = tasklist.post(
                "/camunda/api/engine/engine/default/task/" + task.getId() + "/claim", "{\"userId\":\"race2\"}");
        ServerClient.Reply rest = ServerClient.as(port, "race3")
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"race3\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.json().get("message").asText()).isEqualTo("该任务已被他人认领。请刷新任务列表，办理其他任务。");
        assertThat(rest.status()).as(rest.toString()).isEqualTo(409);
        assertThat(rest.json().get("message").asText()).contains("已被他人认领");
        assertThat(assigneeOf(task)).isEqualTo("race1");
    }

    @Test
    void twoCompletionsOfTheSameTask_oneWins_onlyItsVariablesAreStored() throws Exception {
        for (int round = 0; round < 4; round++) {
            Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());

            List<ServerClient.Reply> replies = race(
                    user -> ServerClient.as(port, user)
                            .post(
                                    "/engine-rest/task/" + task.getId() + "/complete",
                                    "{\"variables\":{\"finding\":{\"value\":\"" + user + "\",\"type\":\"String\"}}}"),
                    investigators.subList(0, 2));

            List<Integer> statuses =
                    replies.stream().map(ServerClient.Reply::status).toList();
            assertThat(statuses.stream().filter(s -> s == 204).count())
                    .as(replies.toString())
                    .isEqualTo(1);
            ServerClient.Reply loser = replies.get(statuses.indexOf(204) == 0 ? 1 : 0);
            assertThat(loser.status()).as(loser.toString()).isIn(404, 409);
            assertThat(loser.json().get("message").asText()).containsAnyOf("no longer exists", "Someone else");
            String winner = investigators.get(statuses.indexOf(204));
            List<HistoricVariableInstance> stored = engine.getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .variableName("finding")
                    .list();
            assertThat(stored).extracting(HistoricVariableInstance::getValue).containsExactly(winner);
            assertThat(engine.getHistoryService()
                            .createHistoricDetailQuery()
                            .processInstanceId(task.getProcessInstanceId())
                            .variableUpdates()
                            .count())
                    .as("variable updates written")
                    .isEqualTo(1);
        }
    }

    @Test
    void twoApproversRacing_oneDecisionCounts_noDuplicateRestrictionRows_R13_1_R12_5() throws Exception {
        for (String approver : List.of("approver1", "approver2")) {
            user(approver, "township-committee");
        }
        String caseNumber = ServerClient.as(port, "shouli")
                .post(
                        "/engine-rest/process-definition/key/accountability-case/start",
                        "{\"variables\":{\"leadSource\":{\"value\":\"群众信访举报\"},"
                                + "\"workField\":{\"value\":\"INFRASTRUCTURE\"},"
                                + "\"conductDate\":{\"value\":\"2025-06-01\"},"
                                + "\"grounds\":{\"value\":\"[\\\"5.5\\\"]\",\"type\":\"Json\"},"
                                + "\"facts\":{\"value\":\"村道硬化项目未达标即通过验收\"},"
                                + "\"directTakeover\":{\"value\":false},"
                                + "\"respondents\":{\"type\":\"Json\",\"value\":\"[{\\\"kind\\\":\\\"PERSON\\\","
                                + "\\\"name\\\":\\\"赵六\\\",\\\"personId\\\":\\\"P2026777\\\","
                                + "\\\"unit\\\":\\\"思旺镇人民政府\\\",\\\"post\\\":\\\"副镇长\\\","
                                + "\\\"category\\\":\\\"ADMINISTRATIVE_ORGAN\\\","
                                + "\\\"managementLevel\\\":\\\"TOWNSHIP\\\","
                                + "\\\"employmentStatus\\\":\\\"IN_POST\\\"}]\"}}}")
                .json()
                .get("businessKey")
                .asText();
        completeAs("diaocha", caseNumber, "verifyLead", "{\"verificationDecision\":{\"value\":\"OPEN\"}}");
        completeAs(
                "diaocha",
                caseNumber,
                "investigateCase",
                "{\"findings\":{\"type\":\"Json\",\"value\":\"[{\\\"personId\\\":\\\"P2026777\\\","
                        + "\\\"name\\\":\\\"赵六\\\",\\\"role\\\":\\\"EXECUTING_STAFF\\\","
                        + "\\\"severityGrade\\\":\\\"LIGHT\\\",\\\"aggravatedArt9\\\":false,"
                        + "\\\"disciplineDue\\\":false,\\\"crimeSuspected\\\":false}]\"},"
                        + "\"signatories\":{\"type\":\"Json\",\"value\":\"[]\"},"
                        + "\"collectiveDecision\":{\"value\":false},"
                        + "\"investigationReport\":{\"value\":\"经查属实\"}}");
        completeAs("shenli", caseNumber, "reviewProposal", "{}");
        Task approval = task(caseNumber, "approveDecision");

        List<ServerClient.Reply> replies = race(
                user -> ServerClient.as(port, user)
                        .post(
                                "/engine-rest/task/" + approval.getId() + "/complete",
                                "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVED\"},"
                                        + "\"decisionEffectiveDate\":{\"value\":\"2026-03-02\"}}}"),
                List.of("approver1", "approver2"));
        runJobs(approval.getProcessInstanceId());

        List<Integer> statuses =
                replies.stream().map(ServerClient.Reply::status).toList();
        assertThat(statuses).as(replies.toString()).containsExactlyInAnyOrder(204, statuses.contains(404) ? 404 : 409);
        String winner = List.of("approver1", "approver2").get(statuses.indexOf(204));
        List<RegisteredRestriction> rows = register.findByPerson("P2026777");
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(RegisteredRestriction::caseBusinessKey).containsOnly(caseNumber);
        assertThat(rows.stream().map(RegisteredRestriction::type).distinct().count())
                .as("one row per restriction type, not one per approver: " + rows)
                .isEqualTo(rows.size());
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .variableName("approvalDecision")
                        .processInstanceId(approval.getProcessInstanceId())
                        .count())
                .isEqualTo(1);
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskId(approval.getId())
                        .singleResult()
                        .getAssignee())
                .isIn(winner, null);
    }

    private void completeAs(String user, String caseNumber, String taskKey, String variables) {
        Task task = task(caseNumber, taskKey);
        ServerClient client = ServerClient.as(port, user);
        assertThat(client.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}")
                        .status())
                .isEqualTo(204);
        ServerClient.Reply done =
                client.post("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":" + variables + "}");
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private Task task(String caseNumber, String taskKey) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey + " of " + caseNumber).isNotNull();
        return task;
    }

    /** The job executor is off in these tests: delivery and restriction scheduling run here. */
    private void runJobs(String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private void user(String id, String group) {
        if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
            User user = engine.getIdentityService().newUser(id);
            user.setFirstName("并发");
            user.setLastName(id);
            user.setPassword("demo");
            engine.getIdentityService().saveUser(user);
            engine.getIdentityService().createMembership(id, group);
            // issue 14: a user works in his county's cases only (docs/operations.md, "Adding a county")
            engine.getIdentityService().createTenantUserMembership("pingnan", id);
        }
    }

    private String assigneeOf(Task task) {
        return engine.getTaskService()
                .createTaskQuery()
                .taskId(task.getId())
                .singleResult()
                .getAssignee();
    }

    private List<ServerClient.Reply> race(Function<String, ServerClient.Reply> request) throws Exception {
        return race(request, investigators);
    }

    /** Sends one request per user, all released by one latch; answers in the order of {@code users}. */
    private static List<ServerClient.Reply> race(Function<String, ServerClient.Reply> request, List<String> users)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Future<ServerClient.Reply>> answers = new ArrayList<>();
            for (String user : users) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(user);
                }));
            }
            start.countDown();
            List<ServerClient.Reply> replies = new ArrayList<>();
            for (Future<ServerClient.Reply> answer : answers) {
                replies.add(answer.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
