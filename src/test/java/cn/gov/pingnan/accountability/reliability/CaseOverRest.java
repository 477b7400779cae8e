package cn.gov.pingnan.accountability.reliability;

import cn.gov.pingnan.accountability.bench.AppProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The walkthrough's case (one township-managed respondent, light grade → 批评教育, award restriction) over
 * {@code /engine-rest} against a running jar, as the documented users. The decision's effective date is a parameter:
 * one in the past makes the restriction, and so its timer, due at once (how {@link KillDuringStepIT} gets a due timer
 * in a JVM whose engine clock it cannot set).
 */
public final class CaseOverRest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Sees every request: its kind ({@link #kind}), HTTP status and duration. */
    interface RequestLog {
        void record(String kind, int status, long nanos);
    }

    private final AppProcess app;
    private final RequestLog log;

    CaseOverRest(AppProcess app) {
        this(app, (kind, status, nanos) -> {});
    }

    CaseOverRest(AppProcess app, RequestLog log) {
        this.app = app;
        this.log = log;
    }

    static final String START_PATH = "/engine-rest/process-definition/key/accountability-case/start";

    /** starts a case as {@code shouli}; returns its case number (business key). */
    String start(String personId, String name) throws IOException, InterruptedException {
        return json("shouli", "POST", START_PATH, startBody(personId, name))
                .get("businessKey")
                .asText();
    }

    public static String startBody(String personId, String name) throws IOException {
        String respondents = "[{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"personId\":\"" + personId
                + "\",\"unit\":\"思旺镇人民政府\",\"post\":\"副镇长\",\"category\":\"ADMINISTRATIVE_ORGAN\","
                + "\"managementLevel\":\"TOWNSHIP\",\"employmentStatus\":\"IN_POST\"}]";
        return "{\"variables\":{"
                + "\"leadSource\":{\"value\":\"群众信访举报\"},"
                + "\"workField\":{\"value\":\"INFRASTRUCTURE\"},"
                + "\"conductDate\":{\"value\":\"2025-01-06\"},"
                + "\"grounds\":{\"value\":\"[\\\"5.5\\\"]\",\"type\":\"Json\"},"
                + "\"facts\":{\"value\":\"村道硬化项目未达标即通过验收\"},"
                + "\"directTakeover\":{\"value\":false},"
                + "\"respondents\":{\"type\":\"Json\",\"value\":" + JSON.writeValueAsString(respondents) + "}"
                + "},\"withVariablesInReturn\":false}";
    }

    static String investigation(String personId, String name) {
        String findings = "[{\"personId\":\"" + personId + "\",\"name\":\"" + name
                + "\",\"role\":\"EXECUTING_STAFF\",\"severityGrade\":\"LIGHT\",\"aggravatedArt9\":false,"
                + "\"disciplineDue\":false,\"crimeSuspected\":false}]";
        try {
            return "{\"variables\":{\"findings\":{\"type\":\"Json\",\"value\":" + JSON.writeValueAsString(findings)
                    + "},\"signatories\":{\"type\":\"Json\",\"value\":\"[]\"},"
                    + "\"collectiveDecision\":{\"value\":false},\"investigationReport\":{\"value\":\"经查属实\"}}}";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String VERIFY = "{\"variables\":{\"verificationDecision\":{\"value\":\"OPEN\"}}}";
    static final String REVIEW = "{\"variables\":{}}";
    static final String CLOSE = "{\"variables\":{\"closureSummary\":{\"value\":\"受到批评教育，取消当年评优评先资格\"}}}";

    /** the decision served in person on that day (today or earlier). */
    static String delivery(String deliveredOn) {
        return "{\"variables\":{\"deliveredBy\":{\"value\":\"王审理\"},\"deliveredOn\":{\"value\":\"" + deliveredOn
                + "\"},\"deliveryMethod\":{\"value\":\"IN_PERSON\"}}}";
    }

    static String approval(String effectiveDate) {
        return "{\"variables\":{\"approvalDecision\":{\"value\":\"APPROVED\"},\"decisionEffectiveDate\":{\"value\":\""
                + effectiveDate + "\"}}}";
    }

    /** The single open task of the case with that key, as the user's Tasklist finds it; null when there is none. */
    String openTask(String user, String caseNumber, String taskKey) throws IOException, InterruptedException {
        JsonNode tasks = json(
                user,
                "GET",
                "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=" + taskKey,
                null);
        if (tasks.size() > 1) {
            throw new IllegalStateException(tasks.size() + " open tasks " + taskKey + " in case " + caseNumber);
        }
        return tasks.isEmpty() ? null : tasks.get(0).get("id").asText();
    }

    /** Waits (the job executor works in the background) until the task is open; returns its id. */
    String awaitTask(String user, String caseNumber, String taskKey, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String id = openTask(user, caseNumber, taskKey);
            if (id != null) {
                return id;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Task " + taskKey + " of case " + caseNumber + " did not appear within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    void claim(String user, String taskId) throws IOException, InterruptedException {
        json(user, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
    }

    void complete(String user, String taskId, String body) throws IOException, InterruptedException {
        json(user, "POST", "/engine-rest/task/" + taskId + "/complete", body);
    }

    /** Claims and completes the case's open task with that key. */
    void work(String user, String caseNumber, String taskKey, String body) throws IOException, InterruptedException {
        String taskId = awaitTask(user, caseNumber, taskKey, Duration.ofSeconds(60));
        claim(user, taskId);
        complete(user, taskId, body);
    }

    /** One request, logged; fails on a non-2xx answer. */
    JsonNode json(String user, String method, String path, String body) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> answer = app.send(user, method, path, body, null);
        log.record(kind(method, path), answer.statusCode(), System.nanoTime() - started);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " as " + user + " → " + answer.statusCode() + " " + answer.body());
        }
        return answer.body() == null || answer.body().isBlank() ? null : JSON.readTree(answer.body());
    }

    /** The request kinds of docs/reliability.md. */
    static String kind(String method, String path) {
        if (path.endsWith("/start")) {
            return "start case";
        } else if (path.endsWith("/claim")) {
            return "claim task";
        } else if (path.endsWith("/complete")) {
            return "complete task";
        } else if (path.startsWith("/engine-rest/task?")) {
            return "find task";
        } else if (path.startsWith("/engine-rest/history/")) {
            return "check case";
        } else if (path.startsWith("/api/restrictions")) {
            return "query register";
        }
        return method + " " + path.replaceAll("[?].*", "");
    }

    long count(String path) throws IOException, InterruptedException {
        return json("admin", "GET", path, null).get("count").asLong();
    }
}
