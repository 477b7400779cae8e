package cn.gov.pingnan.accountability.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.bench.AppProcess;
import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import cn.gov.pingnan.accountability.workflow.Walkthrough;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, part 2: two engine nodes on one PostgreSQL, as operators run them (docs/operations.md, "Several nodes").
 * Each node is the application jar in a JVM of its own (Camunda registers its engine JVM-wide, and only a process of
 * its own can be killed with {@code kill -9}), with the {@code postgres} profile, the job executor on and its lock
 * time shortened to 10 s. Both start at the same moment on an empty embedded PostgreSQL.
 *
 * <p>The nodes' history tells them apart: each runs with its own engine host name ({@code node-a}, {@code node-b}),
 * which the engine writes into every job log entry, and its own JDBC application name, which PostgreSQL shows in
 * {@code pg_stat_activity}. Timers are made due over the REST API ({@code PUT /job/{id}/duedate}), the operator's way,
 * since the engine clock of another JVM cannot be moved. Node logs: {@code target/cluster-it/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target", "cluster-it");
    private static final int LOCK_TIME_MS = 10_000;
    /** The walkthrough's steps that complete a task (the job steps of the walkthrough are the job executors' here). */
    private static final List<Walkthrough.Step> STAFF_STEPS =
            Walkthrough.STEPS.stream().filter(s -> s.taskKey() != null).toList();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate db;
    private static final Map<String, AppProcess> nodes = new LinkedHashMap<>();

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        db = new JdbcTemplate(postgres.getPostgresDatabase());
        Path jar = AppProcess.findJar(System.getProperty("cluster.jar"));
        CompletableFuture<AppProcess> a = CompletableFuture.supplyAsync(() -> startNode(jar, "node-a"));
        CompletableFuture<AppProcess> b = CompletableFuture.supplyAsync(() -> startNode(jar, "node-b"));
        try {
            CompletableFuture.allOf(a, b).get(5, TimeUnit.MINUTES);
        } finally {
            a.thenAccept(node -> nodes.put("node-a", node));
            b.thenAccept(node -> nodes.put("node-b", node));
        }
    }

    private static AppProcess startNode(Path jar, String name) {
        try {
            return AppProcess.start(
                    jar,
                    WORK.resolve(name),
                    WORK.resolve(name + ".log"),
                    "-Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                    List.of(
                            "--spring.profiles.active=postgres",
                            "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort()
                                    + "/postgres?ApplicationName=" + name,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--spring.datasource.hikari.maximum-pool-size=6",
                            "--camunda.bpm.generic-properties.properties.hostname=" + name,
                            "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME_MS,
                            "--camunda.bpm.job-execution.max-wait=1000",
                            "--camunda.bpm.job-execution.wait-time-in-millis=500"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + name, e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppProcess node : nodes.values()) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoNodesStartingAtOnce_createOneSchema_oneDeploymentPerDiagram_andOneSetOfSeeds() throws IOException {
        assertThat(nodes).containsOnlyKeys("node-a", "node-b");
        assertThat(db.queryForList(
                        "select name_ || ' ' || tenant_id_ from act_re_deployment group by name_, tenant_id_"
                                + " having count(*) > 1",
                        String.class))
                .as("diagrams deployed twice for one county")
                .isEmpty();
        // issue 14: one deployment per county
        assertThat(db.queryForList(
                        "select key_ || ':' || version_ || ':' || tenant_id_ from act_re_procdef order by key_, tenant_id_",
                        String.class))
                .containsExactly(
                        "accountability-case:1:gangnan",
                        "accountability-case:1:pingnan",
                        "decision-appeal:1:gangnan",
                        "decision-appeal:1:pingnan",
                        "respondent-accountability:1:gangnan",
                        "respondent-accountability:1:pingnan",
                        "restriction-period:1:gangnan",
                        "restriction-period:1:pingnan");
        assertThat(db.queryForList("select name_ from act_ru_filter order by name_", String.class))
                .containsExactlyInAnyOrder(
                        IdentitySeeder.FILTER_MY_TASKS,
                        IdentitySeeder.FILTER_GROUP_TASKS,
                        IdentitySeeder.FILTER_OVERDUE);
        assertThat(db.queryForObject("select count(*) from act_id_group where id_ <> 'camunda-admin'", Integer.class))
                .as("the work groups and the prefecture readers")
                .isEqualTo(StaffGroup.values().length + 1);
        assertThat(db.queryForObject("select count(*) from act_id_tenant", Integer.class))
                .isEqualTo(2);
        assertThat(db.queryForList(
                        "select coalesce(group_id_, user_id_) || ' ' || resource_type_ || ' ' || resource_id_"
                                + " from act_ru_authorization group by group_id_, user_id_, resource_type_, resource_id_, type_"
                                + " having count(*) > 1",
                        String.class))
                .as("authorizations seeded twice")
                .isEmpty();
        // one node held the start-up lock while the other waited or came after it
        for (String name : nodes.keySet()) {
            assertThat(Files.readString(WORK.resolve(name + ".log"))).contains("Cluster start-up lock taken");
        }
    }

    /** A webapp session lives in the database: logged in on node A, the user works on node B without logging in again. */
    @Test
    @Order(2)
    void webappSessionFromNodeA_isValidOnNodeB_includingItsCsrfToken_andLogoutEndsItEverywhere() throws Exception {
        AppProcess a = nodes.get("node-a");
        AppProcess b = nodes.get("node-b");
        Browser browser = new Browser();
        HttpResponse<String> page = browser.send(a, "GET", "/camunda/app/tasklist/default/", null, null);
        // the database session keeps the cookie of one node: name, HttpOnly, SameSite (docs/security.md)
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        String beforeLogin = browser.cookies.get("JSESSIONID");
        HttpResponse<String> login = browser.send(
                a,
                "POST",
                "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded",
                "username=diaocha&password=demo");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(browser.cookies.get("JSESSIONID"))
                .as("new session id at login")
                .isNotEqualTo(beforeLogin);
        assertThat(db.queryForList("select distinct max_inactive_interval from spring_session", Integer.class))
                .as("30 idle minutes, as on one node")
                .containsExactly(1800);

        HttpResponse<String> who = browser.send(b, "GET", "/camunda/api/admin/auth/user/default", null, null);
        assertThat(who.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(who.body()).get("userId").asText()).isEqualTo("diaocha");
        HttpResponse<String> count =
                browser.send(b, "GET", "/camunda/api/engine/engine/default/task/count", null, null);
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        // a state-changing call on node B passes the CSRF check with the token node A issued
        HttpResponse<String> filter = browser.send(
                b,
                "POST",
                "/camunda/api/engine/engine/default/filter/" + filterId(IdentitySeeder.FILTER_MY_TASKS) + "/count",
                "application/json",
                "{}");
        assertThat(filter.statusCode()).as(filter.body()).isEqualTo(200);

        assertThat(browser.send(b, "POST", "/camunda/api/admin/auth/user/default/logout", "application/json", "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.send(a, "GET", "/camunda/api/engine/engine/default/task/count", null, null)
                        .statusCode())
                .as("logged out on B, so also on A")
                .isEqualTo(401);
    }

    /**
     * Three cases worked step by step alternately on node A and node B (started on one, the next task completed on the
     * other), the asynchronous steps and the timers run by whichever job executor takes them: each job runs exactly
     * once, no conflict becomes an incident, each decision is sent once and each restriction registered once.
     */
    @Test
    @Order(3)
    void casesWorkedOnBothNodes_everyJobAndTimerRunsExactlyOnce_noIncident_R12_5() throws Exception {
        List<AppProcess> both = List.copyOf(nodes.values());
        List<String> cases = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            cases.add(startCase(both.get(c % 2)));
        }
        for (int s = 0; s < STAFF_STEPS.size(); s++) {
            for (int c = 0; c < cases.size(); c++) {
                completeStep(both.get((c + s + 1) % 2), cases.get(c), STAFF_STEPS.get(s));
            }
        }
        // each restriction period waits for its until date; made due now, both nodes' executors compete
        for (String caseNumber : cases) {
            makeDueNow(both.get(0), timerOfRestrictionPeriod(caseNumber));
        }
        for (int c = 0; c < cases.size(); c++) {
            String task = awaitTask(both.get(c % 2), "zuzhibu", cases.get(c), "acknowledgeRestrictionExpiry");
            AppProcess other = both.get((c + 1) % 2);
            call(other, "zuzhibu", "POST", "/engine-rest/task/" + task + "/claim", "{\"userId\":\"zuzhibu\"}");
            call(other, "zuzhibu", "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":{}}");
        }
        await(
                "all restriction periods ended",
                () -> db.queryForObject(
                                "select count(*) from act_hi_procinst where proc_def_key_ = 'restriction-period'"
                                        + " and end_time_ is not null",
                                Integer.class)
                        == cases.size());

        // per case: decision sent, restrictions registered, the period's timer and its expiry — each once
        assertEachJobRanOnce(
                cases, List.of("deliverDecision", "scheduleRestrictions", "waitForExpiry", "expireRestriction"));
        String inCases = cases.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
        assertThat(db.queryForObject("select count(*) from act_hi_incident", Integer.class))
                .as("incidents")
                .isZero();
        assertThat(db.queryForList(
                        "select case_business_key || ' ' || restriction_type from acc_restriction"
                                + " where case_business_key in (" + inCases + ") order by 1",
                        String.class))
                .as("one register row per case, none twice")
                .containsExactlyElementsOf(cases.stream()
                        .sorted()
                        .map(c -> c + " AWARD_INELIGIBLE")
                        .toList());
        assertThat(db.queryForList(
                        "select distinct status from acc_restriction where case_business_key in (" + inCases + ")",
                        String.class))
                .containsExactly("EXPIRED");
        assertThat(decisionLettersSent(cases)).isEqualTo(cases.size());
        Map<String, Object> byNode = db.queryForMap(
                "select count(*) filter (where hostname_ = 'node-a') as a, count(*) filter (where hostname_ = 'node-b') as b"
                        + " from act_hi_job_log where job_state_ = 2");
        System.out.println("[ClusterIT] successful job runs by node: " + byNode + "; conflicts retried: "
                + db.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1", Integer.class)
                + "; history rows / bytes of the engine's history tables: "
                + db.queryForMap("select sum(n_live_tup) as rows, sum(pg_total_relation_size(relid)) as bytes"
                        + " from pg_stat_user_tables where relname like 'act_hi_%'"));
    }

    /**
     * A node dies (kill -9) while it runs a case's register step: nothing is lost and nothing is done twice. The step's
     * insert is held deterministically by a lock on the register table that this test takes (no hook in the
     * application); the node whose database session waits on it is killed. Its transaction never commits, its job lock
     * expires after the lock time, and the other node runs the step and the case goes on.
     */
    @Test
    @Order(5)
    void nodeKilledMidJob_theOtherNodeRunsTheJobAfterItsLockExpires_nothingLostNothingTwice_R12_5() throws Exception {
        List<AppProcess> both = List.copyOf(nodes.values());
        String caseNumber = startCase(both.get(0));
        try (Connection holder = postgres.getPostgresDatabase().getConnection()) {
            String waiting = approveWithRegisterWritesHeld(holder, caseNumber);
            Map<String, Object> held = lockedJob(trackOf(caseNumber));
            AppProcess victim = nodes.get(waiting);
            String survivor = waiting.equals("node-a") ? "node-b" : "node-a";
            victim.kill();
            assertThat(victim.isAlive()).isFalse();
            holder.rollback();

            completeStep(nodes.get(survivor), caseNumber, stepOf("recordDelivery"));
            String closeTask = awaitTask(nodes.get(survivor), "shenli", caseNumber, "closeCase");
            assertThat(db.queryForList(
                            "select l.hostname_ from act_hi_job_log l join act_hi_procinst p"
                                    + " on p.proc_inst_id_ = l.process_instance_id_"
                                    + " where l.job_state_ = 2 and l.act_id_ = 'scheduleRestrictions' and p.business_key_ = ?",
                            String.class,
                            caseNumber))
                    .as("the register step ran once, on the surviving node")
                    .containsExactly(survivor);
            assertThat(db.queryForObject(
                            "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2"
                                    + " and timestamp_ >= ?",
                            Integer.class,
                            held.get("id_"),
                            held.get("lock_exp_time_")))
                    .as("the held job itself finished, once its dead node's lock had expired")
                    .isEqualTo(1);
            assertEachJobRanOnce(List.of(caseNumber), List.of("deliverDecision", "scheduleRestrictions"));
            assertThat(decisionLettersSent(List.of(caseNumber))).isEqualTo(1);
            assertThat(db.queryForList(
                            "select restriction_type from acc_restriction where case_business_key = ?",
                            String.class,
                            caseNumber))
                    .containsExactly("AWARD_INELIGIBLE");
            completeStep(nodes.get(survivor), caseNumber, STAFF_STEPS.get(STAFF_STEPS.size() - 1), closeTask);
            await(
                    "the case closed on the surviving node",
                    () -> db.queryForObject(
                                    "select count(*) from act_hi_procinst where business_key_ = ?"
                                            + " and proc_def_key_ = 'accountability-case' and state_ = 'COMPLETED'",
                                    Integer.class,
                                    caseNumber)
                            == 1);
            assertThat(db.queryForObject("select count(*) from act_hi_incident", Integer.class))
                    .isZero();
        }
    }

    /**
     * A conflict between two nodes inside a job: while node X runs the register step of a case (held on the table
     * lock, as below), node Y changes the same track (an operator suspends and resumes it over REST). X's step then
     * fails on optimistic locking and rolls back, register row included. The engine keeps its retries (a conflict is
     * not a failure), raises no incident, and the step runs again — once — when it is due.
     */
    @Test
    @Order(4)
    void conflictInAJob_isRolledBackAndRetried_withoutUsingARetry_orAnIncident_R12_5() throws Exception {
        List<AppProcess> both = List.copyOf(nodes.values());
        String caseNumber = startCase(both.get(1));
        String job;
        try (Connection holder = postgres.getPostgresDatabase().getConnection()) {
            String runner = approveWithRegisterWritesHeld(holder, caseNumber);
            AppProcess other = nodes.get(runner.equals("node-a") ? "node-b" : "node-a");
            String track = trackOf(caseNumber);
            job = (String) lockedJob(track).get("id_");
            for (String suspended : List.of("true", "false")) {
                call(
                        other,
                        "admin",
                        "PUT",
                        "/engine-rest/process-instance/" + track + "/suspended",
                        "{\"suspended\":" + suspended + "}");
            }
            holder.rollback();
        }
        String jobId = job;
        await(
                "the conflict recorded on the job",
                () -> db.queryForObject(
                                "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 1",
                                Integer.class,
                                jobId)
                        == 1);
        Map<String, Object> retried = db.queryForMap(
                "select retries_, exception_msg_, lock_owner_, duedate_ > now() + interval '4 minutes' as later"
                        + " from act_ru_job where id_ = ?",
                jobId);
        assertThat((Boolean) retried.get("later"))
                .as("the engine itself runs the job again after the retry interval (R3/PT5M)")
                .isTrue();
        assertThat((String) retried.get("exception_msg_")).contains("ENGINE-03005"); // OptimisticLockingException
        assertThat(((Number) retried.get("retries_")).intValue())
                .as("no retry used up")
                .isEqualTo(3);
        assertThat(db.queryForObject(
                        "select count(*) from acc_restriction where case_business_key = ?", Integer.class, caseNumber))
                .as("the conflicting run's register row rolled back")
                .isZero();
        assertThat(db.queryForObject("select count(*) from act_ru_incident", Integer.class))
                .isZero();
        // the engine puts a conflicting job back by the retry interval (5 minutes); the operator's "run now"
        makeDueNow(both.get(0), jobId);
        completeStep(both.get(1), caseNumber, stepOf("recordDelivery"));
        awaitTask(both.get(1), "shenli", caseNumber, "closeCase");
        assertThat(db.queryForList(
                        "select restriction_type from acc_restriction where case_business_key = ?",
                        String.class,
                        caseNumber))
                .containsExactly("AWARD_INELIGIBLE");
        assertThat(db.queryForObject(
                        "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                        Integer.class,
                        jobId))
                .isEqualTo(1);
        assertEachJobRanOnce(List.of(caseNumber), List.of("deliverDecision", "scheduleRestrictions"));
        assertThat(decisionLettersSent(List.of(caseNumber))).isEqualTo(1);
    }

    /** The case's respondent track (the test cases have one respondent). */
    private static String trackOf(String caseNumber) {
        return db.queryForObject(
                "select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null"
                        + " and proc_def_id_ like 'respondent-accountability:%'",
                String.class, caseNumber);
    }

    /** The track's job that a job executor has locked: its id and when its lock expires. */
    private static Map<String, Object> lockedJob(String track) {
        return db.queryForMap(
                "select id_, lock_exp_time_ from act_ru_job where process_instance_id_ = ? and lock_owner_ is not null",
                track);
    }

    /**
     * Takes the case to its approval while {@code holder} locks the register table (inserts wait, reads go on: no
     * hook in the application), so that the register step after the approval stops in the middle of its transaction;
     * returns the node whose database session waits there.
     */
    private static String approveWithRegisterWritesHeld(Connection holder, String caseNumber) throws Exception {
        holder.setAutoCommit(false);
        try (Statement sql = holder.createStatement()) {
            sql.execute("LOCK TABLE acc_restriction IN EXCLUSIVE MODE");
        }
        List<AppProcess> both = List.copyOf(nodes.values());
        // up to the approval only: its register step comes before the delivery (登记送达情况), which waits for it
        int approval = STAFF_STEPS.indexOf(stepOf("approveDecision"));
        for (int s = 0; s <= approval; s++) {
            completeStep(both.get((s + 1) % 2), caseNumber, STAFF_STEPS.get(s));
        }
        String[] waiting = new String[1];
        await("a node's register write waiting on the table lock", () -> {
            List<String> names = db.queryForList(
                    "select application_name from pg_stat_activity where wait_event_type = 'Lock'"
                            + " and query ilike 'insert into acc_restriction%'",
                    String.class);
            waiting[0] = names.isEmpty() ? null : names.get(0);
            return waiting[0] != null;
        });
        return waiting[0];
    }

    /**
     * Counts the successful runs of every job of the cases in the history, whichever node ran it: each job ran once,
     * and each case's jobs were exactly {@code activities}, one job each.
     */
    private static void assertEachJobRanOnce(List<String> cases, List<String> activities) {
        String inCases = cases.stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
        List<Map<String, Object>> runs =
                db.queryForList("select l.job_id_, l.act_id_, count(*) as runs from act_hi_job_log l"
                        + " join act_hi_procinst p on p.proc_inst_id_ = l.process_instance_id_"
                        + " where l.job_state_ = 2 and p.business_key_ in (" + inCases + ")"
                        + " group by l.job_id_, l.act_id_");
        assertThat(runs)
                .allSatisfy(run -> assertThat(((Number) run.get("runs")).intValue())
                        .as("successful runs of job " + run.get("job_id_") + " (" + run.get("act_id_") + ")")
                        .isEqualTo(1));
        assertThat(runs.stream().map(run -> (String) run.get("act_id_")).sorted())
                .as("jobs run of " + cases)
                .containsExactlyElementsOf(activities.stream()
                        .flatMap(act -> cases.stream().map(c -> act))
                        .sorted()
                        .toList());
    }

    /** The operator's way to run a job now (the engine clock of another JVM cannot be moved). */
    private static void makeDueNow(AppProcess node, String jobId) throws IOException, InterruptedException {
        String now = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date());
        call(node, "admin", "PUT", "/engine-rest/job/" + jobId + "/duedate", "{\"duedate\":\"" + now + "\"}");
    }

    private static String startCase(AppProcess node) throws IOException, InterruptedException {
        Walkthrough.Step start = Walkthrough.STEPS.get(0);
        JsonNode answer = call(node, start.user(), start.method(), start.path(), start.body());
        return answer.get("businessKey").asText();
    }

    private static void completeStep(AppProcess node, String caseNumber, Walkthrough.Step step)
            throws IOException, InterruptedException {
        completeStep(node, caseNumber, step, awaitTask(node, step.user(), caseNumber, step.taskKey()));
    }

    private static void completeStep(AppProcess node, String caseNumber, Walkthrough.Step step, String taskId)
            throws IOException, InterruptedException {
        call(
                node,
                step.user(),
                "POST",
                "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\":\"" + step.user() + "\"}");
        call(node, step.user(), step.method(), step.path().replace("{taskId}", taskId), bodyOf(step));
    }

    /** The step's body; the delivery is recorded today, since the approval here is signed on the real clock. */
    private static String bodyOf(Walkthrough.Step step) {
        return "recordDelivery".equals(step.taskKey())
                ? step.body()
                        .replace(
                                "2026-03-02",
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                        .toString())
                : step.body();
    }

    /** The walkthrough's step that completes {@code taskKey}. */
    private static Walkthrough.Step stepOf(String taskKey) {
        return STAFF_STEPS.stream()
                .filter(s -> taskKey.equals(s.taskKey()))
                .findFirst()
                .orElseThrow();
    }

    /** The case's open task with that key, once the job executors have brought the case there. */
    private static String awaitTask(AppProcess node, String user, String caseNumber, String taskKey)
            throws IOException, InterruptedException {
        String path = "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=" + taskKey;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            JsonNode tasks = call(node, user, "GET", path, null);
            if (tasks.size() == 1) {
                return tasks.get(0).get("id").asText();
            }
            assertThat(System.nanoTime())
                    .as("task " + taskKey + " of " + caseNumber)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String timerOfRestrictionPeriod(String caseNumber) {
        return db.queryForObject(
                "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_"
                        + " where e.business_key_ = ? and j.process_def_key_ = 'restriction-period' and j.type_ = 'timer'",
                String.class,
                caseNumber);
    }

    private static long decisionLettersSent(List<String> cases) throws IOException {
        long sent = 0;
        for (String name : List.of("node-a", "node-b")) {
            for (String line : Files.readAllLines(WORK.resolve(name + ".log"))) {
                for (String caseNumber : cases) {
                    if (line.contains("DocumentExchange") && line.contains("(case " + caseNumber + ")")) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private static String filterId(String name) {
        return db.queryForObject("select id_ from act_ru_filter where name_ = ?", String.class, name);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static JsonNode call(AppProcess node, String user, String method, String path, String body)
            throws IOException, InterruptedException {
        String answer = node.call(user, method, path, body, null);
        return answer == null || answer.isBlank() ? null : JSON.readTree(answer);
    }

    /** Cookies and the CSRF header as Camunda's webapps keep them in a browser, sent to whichever node is asked. */
    private static final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(AppProcess node, String method, String path, String contentType, String body)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", path.startsWith("/camunda/api/") ? "application/json" : "text/html")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            HttpResponse<String> answer =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : answer.headers().allValues("Set-Cookie")) {
                String[] pair = setCookie.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            return answer;
        }
    }
}
