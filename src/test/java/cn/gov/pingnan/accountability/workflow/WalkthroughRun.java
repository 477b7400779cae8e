package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Runs {@link Walkthrough#STEPS} against a running application over {@code /engine-rest} and {@code /api}, as the
 * documented users, on whatever database it uses (WalkthroughIT on H2, PostgresProfileIT on PostgreSQL). The job
 * executor must be off: the run executes the jobs and moves the engine clock itself.
 */
public final class WalkthroughRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The person of {@link Walkthrough#START_BODY}. */
    public static final String PERSON_ID = "P2026001";

    private final TestRestTemplate rest;
    private final String userPrefix;
    private final String casePrefix;

    public WalkthroughRun(TestRestTemplate rest) {
        this(rest, "", "PN");
    }

    /** Issue 14: the same case in another county, by its staff ({@code gn-shouli}, ...) and with its prefix. */
    public WalkthroughRun(TestRestTemplate rest, String userPrefix, String casePrefix) {
        this.rest = rest;
        this.userPrefix = userPrefix;
        this.casePrefix = casePrefix;
    }

    private String user(Walkthrough.Step step) {
        return "admin".equals(step.user()) ? step.user() : userPrefix + step.user();
    }

    /** The whole case from intake to closure and the register query; returns the case number. */
    public String runCase() throws IOException {
        setTime(LocalDate.of(2026, 3, 2).atTime(9, 0));
        String caseNumber = null;
        for (Walkthrough.Step step : Walkthrough.STEPS) {
            String path = step.path().replace("{caseNumber}", String.valueOf(caseNumber));
            if (step.taskKey() != null) {
                String taskId = claim(user(step), caseNumber, step.taskKey());
                path = path.replace("{taskId}", taskId);
            }
            if (path.contains("{jobId}")) {
                JsonNode track = call(
                        user(step),
                        HttpMethod.GET,
                        "/engine-rest/process-instance?businessKey=" + caseNumber
                                + "&processDefinitionKey=respondent-accountability",
                        null);
                JsonNode jobs = call(
                        user(step),
                        HttpMethod.GET,
                        "/engine-rest/job?processInstanceId="
                                + track.get(0).get("id").asText(),
                        null);
                assertThat(jobs.size()).as("job of the respondent's track").isEqualTo(1);
                path = path.replace("{jobId}", jobs.get(0).get("id").asText());
            }
            JsonNode answer = call(user(step), HttpMethod.valueOf(step.method()), path, step.body());
            if ("caseNumber".equals(step.capture())) {
                caseNumber = answer.get("businessKey").asText();
                assertThat(caseNumber).matches(casePrefix + "-2026-\\d{4}");
            }
            if (path.startsWith("/api/restrictions")) {
                // the organization department sees the award restriction of the effective year
                assertThat(answer.toString()).contains("AWARD_INELIGIBLE").contains("\"until\":\"2027-01-01\"");
            }
        }
        JsonNode history = call(
                "admin",
                HttpMethod.GET,
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber
                        + "&processDefinitionKey=accountability-case",
                null);
        assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
        return caseNumber;
    }

    /**
     * A-1 … A-4: the appeal of {@link Walkthrough#APPEAL_STEPS} on the walked case: registered within the month,
     * changed to 诫勉谈话 by the township committee; the register's history and the decision's versions show it.
     */
    public void runAppeal(String caseNumber) throws IOException {
        List<Walkthrough.Step> steps = Walkthrough.APPEAL_STEPS;
        setTime(LocalDate.parse(Walkthrough.APPEAL_FILED_ON).atTime(9, 0));
        JsonNode started = run(steps.get(0), caseNumber);
        assertThat(started.get("businessKey").asText()).isEqualTo(caseNumber);
        setTime(LocalDate.parse(Walkthrough.APPEAL_DECIDED_ON).atTime(10, 0));
        run(steps.get(1), caseNumber);
        JsonNode appeal = call(
                "admin",
                HttpMethod.GET,
                "/engine-rest/history/process-instance?processInstanceId="
                        + started.get("id").asText(),
                null);
        assertThat(appeal.get(0).get("state").asText()).isEqualTo("COMPLETED");

        JsonNode changes = run(steps.get(2), caseNumber).get("changes");
        // award row: added by the decision, ended by the appeal, added again for 诫勉谈话
        assertThat(changes.size()).isEqualTo(3);
        JsonNode ended = changes.get(1);
        assertThat(ended.get("change").asText()).isEqualTo("ENDED");
        assertThat(ended.get("effectiveOn").asText()).isEqualTo(Walkthrough.APPEAL_DECIDED_ON);
        assertThat(ended.get("changedByName").asText()).isEqualTo("黄乡镇（乡镇党委）");
        assertThat(ended.get("reason").asText()).contains(Walkthrough.APPEAL_FILED_ON + " 收到的申诉", "改为诫勉谈话");
        assertThat(changes.get(2).get("afterZh").asText())
                .isEqualTo("自 " + Walkthrough.APPEAL_DECIDED_ON + " 起至 2026-12-31 止");

        JsonNode versions = run(steps.get(3), caseNumber).get("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("kind").asText()).isEqualTo("CHANGED");
        assertThat(versions.get(1).get("current").asBoolean()).isTrue();
    }

    /** One documented step: the task found and claimed first where it names one. */
    private JsonNode run(Walkthrough.Step step, String caseNumber) throws IOException {
        String path = step.path().replace("{caseNumber}", caseNumber);
        if (step.taskKey() != null) {
            path = path.replace("{taskId}", claim(step.user(), caseNumber, step.taskKey()));
        }
        String body = step.body() == null ? null : step.body().replace("{caseNumber}", caseNumber);
        return call(step.user(), HttpMethod.valueOf(step.method()), path, body);
    }

    /**
     * the award restriction of the walkthrough ends by the engine clock at 00:00 Asia/Shanghai of
     * 2027-01-01 (not a minute earlier), the register marks it EXPIRED and the organization department
     * acknowledges the notice.
     */
    public void expireRestriction(String caseNumber) throws IOException {
        JsonNode periods = call(
                "admin",
                HttpMethod.GET,
                "/engine-rest/process-instance?businessKey=" + caseNumber + "&processDefinitionKey=restriction-period",
                null);
        assertThat(periods.size()).isEqualTo(1);
        String period = periods.get(0).get("id").asText();
        setTime(LocalDate.of(2026, 12, 31).atTime(23, 59));
        assertThat(dueJobs(period).size())
                .as("nothing due before the until date")
                .isZero();
        setTime(LocalDate.of(2027, 1, 1).atTime(0, 1));
        for (int round = 0; round < 2; round++) {
            // the timer, then the async expiry job it leads to
            JsonNode due = dueJobs(period);
            assertThat(due.size()).isEqualTo(1);
            call(
                    "admin",
                    HttpMethod.POST,
                    "/engine-rest/job/" + due.get(0).get("id").asText() + "/execute",
                    null);
        }
        String taskId = claim("zuzhibu", caseNumber, "acknowledgeRestrictionExpiry");
        JsonNode note = call("zuzhibu", HttpMethod.GET, "/engine-rest/task/" + taskId + "/variables/expiryNote", null);
        assertThat(note.get("value").asText()).contains("2027-01-01").contains("届满");
        call("zuzhibu", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", "{\"variables\":{}}");
        JsonNode rows = call("zuzhibu", HttpMethod.GET, "/api/restrictions?personId=" + PERSON_ID, null);
        assertThat(rows.toString()).contains("\"status\":\"EXPIRED\"");
        JsonNode history = call(
                "admin", HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceId=" + period, null);
        assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
    }

    private JsonNode dueJobs(String processInstanceId) throws IOException {
        return call(
                "admin",
                HttpMethod.GET,
                "/engine-rest/job?executable=true&processInstanceId=" + processInstanceId,
                null);
    }

    /** Finds the case's single open task with that key, as Tasklist shows it to the user, and claims it. */
    private String claim(String user, String caseNumber, String taskKey) throws IOException {
        JsonNode tasks = call(
                user,
                HttpMethod.GET,
                "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=" + taskKey,
                null);
        assertThat(tasks.size()).as("task " + taskKey).isEqualTo(1);
        String taskId = tasks.get(0).get("id").asText();
        // the form the Tasklist shows is deployed with the process
        assertThat(call(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null)
                        .get("id")
                        .asText())
                .isNotBlank();
        call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
        return taskId;
    }

    private static void setTime(LocalDateTime shanghai) {
        ClockUtil.setCurrentTime(
                Date.from(shanghai.atZone(WorkflowSettings.ZONE).toInstant()));
    }

    public JsonNode call(String user, HttpMethod method, String path, String body) throws IOException {
        ResponseEntity<String> answer = exchange(user, method, path, body);
        assertThat(answer.getStatusCode().is2xxSuccessful())
                .as(method + " " + path + " → " + answer.getBody())
                .isTrue();
        return answer.getBody() == null ? null : JSON.readTree(answer.getBody());
    }

    public ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
