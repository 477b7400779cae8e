package cn.gov.pingnan.accountability.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.bench.AppProcess;
import cn.gov.pingnan.accountability.workflow.WorkflowSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15: {@code kill -9} of the application jar at each kind of moment, and a restart on the same H2 file. The test
 * hook {@link PauseBeforeCommit} holds the step's transaction just before its commit, so the kill lands there every
 * time, not by timing luck. After each kill the H2 file (a copy, so that the restarted application does its own
 * recovery) must hold exactly the committed state from before the step; the restarted application then runs the step
 * once. One case is carried through four kills:
 *
 * <ol>
 *   <li>during a task completion (调查核实问题, which starts the respondent's track);
 *   <li>during the asynchronous delivery of the decision (job executor);
 *   <li>during restriction scheduling (register rows and restriction periods, R-12.5);
 *   <li>while the restriction's timer is due and firing (the effective date lies in the past, so the timer is due by
 *       its data: the engine clock of another JVM cannot be set from here).
 * </ol>
 *
 * Jobs locked by the killed JVM are taken again once their lock expires (10 s here, 5 min by default:
 * docs/reliability.md).
 */
class KillDuringStepIT {

    private static final Logger LOG = LoggerFactory.getLogger(KillDuringStepIT.class);
    private static final String PERSON_ID = "P2026K001";
    private static final String NAME = "李四";
    /** A year before today's date in the docs: the award restriction (until 2026-01-01) is over, its timer due. */
    private static final String PAST_EFFECTIVE_DATE = "2025-03-02";
    /** SIGKILL: the JVM ends with 128 + 9. */
    private static final int KILLED = 137;

    private Path work;
    private Path data;
    private Path hook;

    @Test
    void killMinusNineLosesAndDuplicatesNothing_dueTimerFiresAfterRestart_R12_5() throws Exception {
        work = Files.createTempDirectory(Path.of("target"), "kill-restart-");
        data = work.resolve("data");
        hook = copyHook(work.resolve("hook"));
        String caseNumber;

        try (AppProcess app = launch(1, "investigateCase")) {
            CaseOverRest rest = new CaseOverRest(app);
            caseNumber = rest.start(PERSON_ID, NAME);
            rest.work("diaocha", caseNumber, "verifyLead", CaseOverRest.VERIFY);
            String task = rest.awaitTask("diaocha", caseNumber, "investigateCase", Duration.ofSeconds(30));
            rest.claim("diaocha", task);
            app.http.sendAsync(
                    app.request(
                            "diaocha",
                            "POST",
                            "/engine-rest/task/" + task + "/complete",
                            CaseOverRest.investigation(PERSON_ID, NAME),
                            null),
                    HttpResponse.BodyHandlers.discarding());
            killAtPause(app, 1);
        }

        try (AppProcess app = launch(2, "deliverDecision")) {
            CaseOverRest rest = new CaseOverRest(app);
            // the killed completion left the task open and started no track
            assertThat(rest.openTask("diaocha", caseNumber, "investigateCase")).isNotNull();
            assertThat(tracks(rest, caseNumber)).isEmpty();
            rest.work("diaocha", caseNumber, "investigateCase", CaseOverRest.investigation(PERSON_ID, NAME));
            rest.work("shenli", caseNumber, "reviewProposal", CaseOverRest.REVIEW);
            rest.work("xiangzhen", caseNumber, "approveDecision", CaseOverRest.approval(PAST_EFFECTIVE_DATE));
            killAtPause(app, 2); // the job executor delivers the decision
        }
        // the delivery job is still there, locked by the killed JVM and not counted as a failed attempt
        assertThat(lockedJobs(2, "deliverDecision")).isEqualTo(1);

        try (AppProcess app = launch(3, "scheduleRestrictions")) {
            Map<String, Long> before = killAtPause(app, 3); // delivery retried and done, scheduling under way
            assertThat(before).containsEntry("timers", 0L).doesNotContainKey("restrictions ACTIVE");
        }
        assertThat(lockedJobs(3, "scheduleRestrictions")).isEqualTo(1);
        assertThat(
                        query(
                                3,
                                "select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'deliverDecision' and END_TIME_ is not null"))
                .isEqualTo(1);

        try (AppProcess app = launch(4, "waitForExpiry")) {
            Map<String, Long> before = killAtPause(app, 4); // scheduling retried; the due timer is firing
            // one register row and one restriction period, the timer committed and due
            assertThat(before).containsEntry("timers", 1L).containsEntry("restrictions ACTIVE", 1L);
        }
        assertThat(lockedJobs(4, "waitForExpiry")).isEqualTo(1);
        assertThat(query(4, "select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and DUEDATE_ < now()"))
                .as("the timer is due")
                .isEqualTo(1);

        try (AppProcess app = launch(5, null)) {
            CaseOverRest rest = new CaseOverRest(app);
            // the due timer fires after the restart; the restriction expires in the register
            rest.work("zuzhibu", caseNumber, "acknowledgeRestrictionExpiry", CaseOverRest.REVIEW);
            JsonNode rows = rest.json("zuzhibu", "GET", "/api/restrictions?personId=" + PERSON_ID, null)
                    .get("restrictions");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("status").asText()).isEqualTo("EXPIRED");
            assertThat(rows.get(0).get("until").asText()).isEqualTo("2026-01-01");
            rest.work(
                    "shenli",
                    caseNumber,
                    "recordDelivery",
                    CaseOverRest.delivery(LocalDate.now(WorkflowSettings.ZONE).toString()));
            rest.work("shenli", caseNumber, "closeCase", CaseOverRest.CLOSE);

            JsonNode instances = rest.json(
                    "admin",
                    "GET",
                    "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber,
                    null);
            assertThat(instances).hasSize(3); // the case, the respondent's track, one restriction period
            instances.forEach(i -> assertThat(i.get("state").asText()).isEqualTo("COMPLETED"));
            assertThat(rest.count("/engine-rest/incident/count")).isZero();
            assertThat(rest.count("/engine-rest/job/count?processInstanceId="
                            + instances.get(0).get("id").asText()))
                    .isZero();
            // each step ran to its end exactly once: the killed attempts left no trace in the history
            for (String step : List.of(
                    "investigateCase",
                    "deliverDecision",
                    "scheduleRestrictions",
                    "waitForExpiry",
                    "expireRestriction")) {
                assertThat(rest.count("/engine-rest/history/activity-instance/count?finished=true&activityId=" + step))
                        .as(step)
                        .isEqualTo(1);
            }
            assertThat(rest.count("/engine-rest/history/task/count?taskDefinitionKey=investigateCase"))
                    .isEqualTo(1);
        }
    }

    private static List<JsonNode> tracks(CaseOverRest rest, String caseNumber) throws Exception {
        List<JsonNode> tracks = new ArrayList<>();
        rest.json(
                        "admin",
                        "GET",
                        "/engine-rest/process-instance?processDefinitionKey=respondent-accountability&businessKey="
                                + caseNumber,
                        null)
                .forEach(tracks::add);
        return tracks;
    }

    /** The application on the shared data directory; with {@code pauseAt}, the hook holds that step's commit. */
    private AppProcess launch(int stage, String pauseAt) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                // a job of a killed JVM is taken again when its lock expires (default 5 min)
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000"));
        if (pauseAt != null) {
            arguments.add("--spring.main.sources=" + PauseBeforeCommit.class.getName());
            arguments.add("--pingnan.fault.pause-at=" + pauseAt);
            arguments.add("--pingnan.fault.marker=" + marker(stage).toAbsolutePath());
        }
        long started = System.nanoTime();
        AppProcess app = AppProcess.start(
                AppProcess.findJar(System.getProperty("app.jar")),
                data,
                work.resolve("stage-" + stage + ".log"),
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"),
                arguments,
                pauseAt == null ? null : hook);
        LOG.info("Stage {}: application up in {} s", stage, (System.nanoTime() - started) / 1_000_000_000);
        return app;
    }

    /**
     * Waits until the hook holds the step, kills the JVM with SIGKILL and checks that the H2 file holds exactly the
     * committed state the hook counted: nothing of the step, nothing lost. Returns those counts.
     */
    private Map<String, Long> killAtPause(AppProcess app, int stage) throws Exception {
        Path marker = marker(stage);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.exists(marker)) {
            assertThat(app.process.isAlive())
                    .as("application of stage " + stage)
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("stage " + stage + " reached its pause")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(app.kill()).as("exit status after SIGKILL").isEqualTo(KILLED);
        Map<String, Long> before = new LinkedHashMap<>();
        for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            String[] pair = line.split("=", 2);
            if (!pair[0].equals("reached")) {
                before.put(pair[0], Long.parseLong(pair[1]));
            }
        }
        Path copy = copyDatabase(stage);
        try (Connection connection = open(copy)) {
            assertThat(PauseBeforeCommit.counts(connection))
                    .as("stage %d: rows after kill -9 = rows committed before the step", stage)
                    .isEqualTo(before);
        }
        LOG.info("Stage {}: killed in the step's commit; the file holds the state before it: {}", stage, before);
        return before;
    }

    /** Jobs of the step left by the killed JVM: taken (locked) by it, all retries left, no failure recorded. */
    private long lockedJobs(int stage, String activityId) throws SQLException {
        return query(
                stage,
                "select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on j.JOB_DEF_ID_ = d.ID_ where d.ACT_ID_ = '"
                        + activityId
                        + "' and j.RETRIES_ = 3 and j.LOCK_OWNER_ is not null and j.EXCEPTION_MSG_ is null");
    }

    private long query(int stage, String sql) throws SQLException {
        try (Connection connection = open(work.resolve("copy-" + stage));
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private Path copyDatabase(int stage) throws IOException {
        Path copy = Files.createDirectories(work.resolve("copy-" + stage));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(data, "accountability.*")) {
            for (Path file : files) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static Connection open(Path dir) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("accountability") + ";IFEXISTS=TRUE", "sa", "");
    }

    private Path marker(int stage) {
        return work.resolve("stage-" + stage + ".reached");
    }

    /** Only the hook's own classes go on the application's class path, none of the other test classes. */
    private static Path copyHook(Path dir) throws IOException {
        String packagePath = PauseBeforeCommit.class.getPackageName().replace('.', '/');
        Path source = Path.of("target", "test-classes", packagePath);
        Path target = Files.createDirectories(dir.resolve(packagePath));
        try (DirectoryStream<Path> classes =
                Files.newDirectoryStream(source, PauseBeforeCommit.class.getSimpleName() + "*.class")) {
            for (Path file : classes) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return dir;
    }
}
