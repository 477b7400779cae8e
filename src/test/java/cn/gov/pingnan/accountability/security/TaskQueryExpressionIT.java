package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7: an expression in a task query is refused with 400 and never evaluated, on every path
 * to the engine's task query, in every placement, for staff and admin alike. Proof of
 * non-evaluation: the expression calls {@code probe.touch()}, a test bean that counts its calls.
 * The seeded Tasklist filters, whose stored expressions are the admin's, keep working.
 */
@SecurityIntegrationTest
class TaskQueryExpressionIT {

    private static final String PROBE = "${probe.touch()}";

    @LocalServerPort
    int port;

    @Autowired
    ExpressionProbe probe;

    @Autowired
    ProcessEngine engine;

    private static final Map<String, ServerClient> SESSIONS = new HashMap<>();

    @BeforeEach
    void setUp() {
        TestProcesses.deploy(engine, TestProcesses.INVESTIGATION, "investigators");
        probe.reset();
    }

    // --- the matrix: channel x user x endpoint x placement -------------------------------------

    /** Where the engine's task query is reachable over HTTP. */
    enum Channel {
        ENGINE_REST("/engine-rest"),
        ENGINE_REST_NAMED("/engine-rest/engine/default"),
        WEBAPP("/camunda/api/engine/engine/default");

        final String base;

        Channel(String base) {
            this.base = base;
        }
    }

    /** How the expression is sent. */
    enum Placement {
        TOP_LEVEL_BODY,
        OR_QUERY_BODY,
        NESTED_OTHER_NAME_BODY,
        SYNTAX_IN_PLAIN_FIELD_BODY,
        QUERY_PARAMETER,
        OR_QUERY_PARAMETER
    }

    static Stream<Arguments> everyPathPlacementAndUser() {
        List<Arguments> cases = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (String user : List.of("admin", "diaocha")) {
                for (String endpoint :
                        List.of("/task", "/task/count", "filter:list", "filter:count", "filter:singleResult")) {
                    for (Placement placement : Placement.values()) {
                        boolean inBody = !placement.name().endsWith("PARAMETER");
                        cases.add(Arguments.of(channel, user, "POST", endpoint, placement));
                        if (!inBody && !endpoint.equals("filter:singleResult")) {
                            cases.add(Arguments.of(channel, user, "GET", endpoint, placement));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
    @MethodSource("everyPathPlacementAndUser")
    void expressionInTaskQuery_isRefusedWith400_andNeverEvaluated(
            Channel channel, String user, String method, String endpoint, Placement placement) {
        String path = channel.base + resolve(endpoint);
        String body = null;
        String query = "";
        switch (placement) {
            case TOP_LEVEL_BODY -> body = ServerClient.write(Map.of("assigneeExpression", PROBE));
            case OR_QUERY_BODY ->
                body = ServerClient.write(Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE))));
            case NESTED_OTHER_NAME_BODY ->
                body = ServerClient.write(Map.of("orQueries", List.of(Map.of("candidateGroupsEXPRESSION", PROBE))));
            case SYNTAX_IN_PLAIN_FIELD_BODY ->
                body = ServerClient.write(Map.of("orQueries", List.of(Map.of("name", PROBE))));
            case QUERY_PARAMETER -> query = "?" + ServerClient.query(Map.of("assigneeExpression", PROBE));
            case OR_QUERY_PARAMETER ->
                query = "?" + ServerClient.query(Map.of("orQueries", "[{\"assigneeExpression\":\"" + PROBE + "\"}]"));
        }

        ServerClient.Reply reply =
                client(channel, user).send(method, path + query, body, body == null ? null : "application/json");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        JsonNode error = reply.json();
        assertThat(error.get("type").asText()).isEqualTo("InvalidRequestException");
        assertThat(error.get("message").asText()).startsWith("Expressions are not allowed in task queries (field ");
        assertThat(reply.body()).doesNotContain("\tat ", "Exception:", "org.camunda");
        assertThat(probe.touches()).as("expression was evaluated").isZero();
    }

    @Test
    void refusal_namesTheField() {
        ServerClient.Reply reply = ServerClient.as(port, "diaocha")
                .post("/engine-rest/task", Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE))));

        assertThat(reply.json().get("message").asText())
                .isEqualTo("Expressions are not allowed in task queries (field orQueries[0].assigneeExpression)");
    }

    @Test
    void expressionHiddenByJsonEscapes_orLenientSyntax_isRefused() {
        ServerClient diaocha = ServerClient.as(port, "diaocha");
        // "assigneeExpression" with an escaped letter; "$\u007b" is "${"
        String escapedName = "{\"orQueries\":[{\"assignee\\u0045xpression\":\"" + PROBE + "\"}]}";
        String escapedSyntax = "{\"orQueries\":[{\"name\":\"$\\u007bprobe.touch()}\"}]}";
        String withComment = "{/* */\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]}";
        String trailingGarbage = "{\"orQueries\":[{\"assigneeExpression\":\"" + PROBE + "\"}]";

        for (String body : List.of(escapedName, escapedSyntax, withComment, trailingGarbage)) {
            ServerClient.Reply reply = diaocha.post("/engine-rest/task", body);
            assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(400);
        }
        assertThat(probe.touches()).isZero();
    }

    @Test
    void compressedTaskQueryBody_isRefused() {
        ServerClient.Reply reply = ServerClient.as(port, "diaocha")
                .header("Content-Encoding", "gzip")
                .post("/engine-rest/task", "{}");

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void pathVariants_doNotBypassTheFilter() {
        ServerClient diaocha = ServerClient.as(port, "diaocha");
        String body = ServerClient.write(Map.of("orQueries", List.of(Map.of("assigneeExpression", PROBE))));
        for (String path : List.of(
                "/engine-rest/task/",
                "/engine-rest//task",
                "/engine-rest/task;x=1",
                "/engine-rest/./task",
                "/engine-rest/t%61sk",
                "/engine-rest/task/count/")) {
            ServerClient.Reply reply = diaocha.post(path, body);
            assertThat(reply.status()).as(path + " -> " + reply).isEqualTo(400);
        }
        assertThat(probe.touches()).isZero();
    }

    // --- engine-level defence (the HTTP filter bypassed) ---------------------------------------

    @Test
    void engine_refusesOrQueryExpressionOfAnAdhocQuery_beforeEvaluatingIt() {
        TaskQuery query = engine.getTaskService()
                .createTaskQuery()
                .or()
                .taskAssigneeExpression(PROBE)
                .endOr();

        assertThatThrownBy(query::list)
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Expressions are not allowed in task queries");
        assertThatThrownBy(query::count).isInstanceOf(BadUserRequestException.class);
        assertThat(probe.touches()).isZero();
    }

    @Test
    void engine_refusesOrQueryExpressionInAFilterExtendingQuery_beforeEvaluatingIt() {
        TaskQuery extending = engine.getTaskService()
                .createTaskQuery()
                .or()
                .taskCandidateGroupExpression(PROBE)
                .endOr();

        assertThatThrownBy(() -> engine.getFilterService().list(filterId(IdentitySeeder.FILTER_GROUP_TASKS), extending))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(
                        () -> engine.getFilterService().count(filterId(IdentitySeeder.FILTER_GROUP_TASKS), extending))
                .isInstanceOf(BadUserRequestException.class);
        assertThat(probe.touches()).isZero();
    }

    /**
     * Tripwire: Camunda 7.24 CE itself still evaluates or-query expressions of an ad-hoc query that
     * lacks our validator. When an upgrade fixes this, this test fails: keep our defence anyway and
     * turn this test around.
     */
    @Test
    void camundaWithoutOurValidator_stillEvaluatesOrQueryExpressions() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        TaskQuery unguarded = new TaskQueryImpl(configuration.getCommandExecutorTxRequired())
                .or()
                .taskAssigneeExpression(PROBE)
                .endOr();

        unguarded.list();

        assertThat(probe.touches()).isEqualTo(1);
    }

    // --- the seeded filters keep working -------------------------------------------------------

    @Test
    void groupTasksFilter_listsInvestigatorsTask_forDiaocha_viaRestAndWebapp() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());
        String filter = filterId(IdentitySeeder.FILTER_GROUP_TASKS);
        String sorting = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
        ServerClient rest = ServerClient.as(port, "diaocha");
        ServerClient tasklist = client(Channel.WEBAPP, "diaocha");

        assertThat(taskIds(rest.get("/engine-rest/filter/" + filter + "/list"))).contains(task.getId());
        assertThat(taskIds(rest.post("/engine-rest/filter/" + filter + "/list", "{}")))
                .contains(task.getId());
        assertThat(taskIds(rest.post("/engine-rest/filter/" + filter + "/list", sorting)))
                .contains(task.getId());
        assertThat(rest.get("/engine-rest/filter/" + filter + "/count")
                        .json()
                        .get("count")
                        .asLong())
                .isPositive();
        assertThat(rest.post("/engine-rest/filter/" + filter + "/count", sorting)
                        .json()
                        .get("count")
                        .asLong())
                .isPositive();
        // what the Tasklist itself sends
        assertThat(taskIds(tasklist.post(
                        Channel.WEBAPP.base + "/filter/" + filter + "/list?firstResult=0&maxResults=15", sorting)))
                .contains(task.getId());
        assertThat(probe.touches()).isZero();
    }

    @Test
    void groupTasksFilter_doesNotListInvestigatorsTask_forReviewer() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());
        String filter = filterId(IdentitySeeder.FILTER_GROUP_TASKS);

        assertThat(taskIds(ServerClient.as(port, "shenli").post("/engine-rest/filter/" + filter + "/list", "{}")))
                .doesNotContain(task.getId());
    }

    @Test
    void myTasksFilter_listsClaimedTask_forItsAssigneeOnly() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());
        ServerClient diaocha = ServerClient.as(port, "diaocha");
        assertThat(diaocha.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "diaocha"))
                        .status())
                .isEqualTo(204);
        String filter = filterId(IdentitySeeder.FILTER_MY_TASKS);

        assertThat(taskIds(diaocha.get("/engine-rest/filter/" + filter + "/list")))
                .contains(task.getId());
        assertThat(taskIds(ServerClient.as(port, "admin").get("/engine-rest/filter/" + filter + "/list")))
                .doesNotContain(task.getId());
    }

    @Test
    void overdueFilter_withNowExpression_stillAnswers() {
        String filter = filterId(IdentitySeeder.FILTER_OVERDUE);

        ServerClient.Reply reply =
                ServerClient.as(port, "diaocha").post("/engine-rest/filter/" + filter + "/list", "{}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void harmlessAdhocTaskQuery_stillWorks() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());

        ServerClient.Reply reply = ServerClient.as(port, "diaocha")
                .post("/engine-rest/task", Map.of("orQueries", List.of(Map.of("candidateGroup", "investigators"))));

        assertThat(taskIds(reply)).contains(task.getId());
    }

    // --- filters are the admin's -----------------------------------------------------------------

    @Test
    void staffCannotCreateChangeOrDeleteFilters() {
        String filter = filterId(IdentitySeeder.FILTER_GROUP_TASKS);
        Map<String, Object> newFilter =
                Map.of("resourceType", "Task", "name", "偷看", "query", Map.of("candidateGroup", "reviewers"));

        for (String user :
                List.of("shouli", "diaocha", "shenli", "jiwei", "xianwei", "xiangzhen", "danwei", "zuzhibu")) {
            ServerClient staff = ServerClient.as(port, user);
            assertThat(staff.post("/engine-rest/filter/create", newFilter).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(staff.put("/engine-rest/filter/" + filter, newFilter).status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(staff.delete("/engine-rest/filter/" + filter).status())
                    .as(user)
                    .isEqualTo(403);
        }
        ServerClient tasklist = client(Channel.WEBAPP, "diaocha");
        assertThat(tasklist.post(Channel.WEBAPP.base + "/filter/create", newFilter)
                        .status())
                .isEqualTo(403);
        assertThat(tasklist.delete(Channel.WEBAPP.base + "/filter/" + filter).status())
                .isEqualTo(403);

        assertThat(engine.getFilterService().getFilter(filter).getName()).isEqualTo(IdentitySeeder.FILTER_GROUP_TASKS);
        assertThat(engine.getFilterService()
                        .createFilterQuery()
                        .filterName("偷看")
                        .count())
                .isZero();
    }

    @Test
    void adminMayCreateAndDeleteFilters_includingStoredExpressions() {
        ServerClient admin = ServerClient.as(port, "admin");
        ServerClient.Reply created = admin.post(
                "/engine-rest/filter/create",
                Map.of(
                        "resourceType",
                        "Task",
                        "name",
                        "管理员测试",
                        "query",
                        Map.of("assigneeExpression", "${currentUser()}")));

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(admin.delete("/engine-rest/filter/"
                                + created.json().get("id").asText())
                        .status())
                .isEqualTo(204);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private String resolve(String endpoint) {
        if (!endpoint.startsWith("filter:")) {
            return endpoint;
        }
        return "/filter/" + filterId(IdentitySeeder.FILTER_GROUP_TASKS) + "/" + endpoint.substring("filter:".length());
    }

    private ServerClient client(Channel channel, String user) {
        if (channel != Channel.WEBAPP) {
            return ServerClient.as(port, user);
        }
        return SESSIONS.computeIfAbsent(port + "/" + user, key -> {
            ServerClient session = ServerClient.webappLogin(port, user, "tasklist");
            assertThat(session.lastLogin.status())
                    .as(session.lastLogin.toString())
                    .isEqualTo(200);
            return session;
        });
    }

    private String filterId(String name) {
        return engine.getFilterService()
                .createFilterQuery()
                .filterName(name)
                .singleResult()
                .getId();
    }

    private static List<String> taskIds(ServerClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
