package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input at the start form and the task forms over REST and the Tasklist's engine API (issue
 * 15): malformed JSON, wrong types, impossible dates, expressions and oversized bodies are refused
 * with a 4xx that names the field, and nothing is started, completed or stored (counted before and
 * after). Domain errors of a well-formed case (unknown catalogue codes) still go to the correction
 * task, as the intake rules want.
 */
@SecurityIntegrationTest
class FormBadInputIT {

    private static final String START = "/engine-rest/process-definition/key/accountability-case/start";
    private static final Pattern INTERNALS = Pattern.compile("\\tat |\\.java:|org\\.camunda\\.bpm\\.engine\\.impl");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ExpressionProbe probe;

    @BeforeEach
    void resetProbe() {
        probe.reset();
    }

    @Test
    void startForm_badShapes_are400NamingTheField_andStartNothing() {
        assertStartRefused(intake("\"conductDate\":{\"value\":\"2026-02-30\"}"), 400, "conductDate");
        assertStartRefused(intake("\"facts\":{\"value\":\"经查 ${probe.touch()}\"}"), 400, "facts");
        assertStartRefused(intake("\"facts\":{\"value\":\"#{probe.touch()}\"}"), 400, "facts");
        assertStartRefused(intake("\"facts\":{\"value\":\"" + "字".repeat(4001) + "\"}"), 400, "facts");
        assertStartRefused(intake("\"directTakeover\":{\"value\":\"yes\"}"), 400, "directTakeover");
        assertThat(probe.touches()).isZero();
    }

    @Test
    void startForm_malformedOrWrongTypedJson_is400_andStartsNothing() {
        assertStartRefused("{\"variables\":{\"facts\":", 400, null);
        assertStartRefused(intake("\"directTakeover\":{\"value\":\"yes\",\"type\":\"Boolean\"}"), 400, null);
        assertStartRefused(intake("\"grounds\":{\"value\":\"[\\\"5.5\\\"\",\"type\":\"Json\"}"), 400, null);
        assertStartRefused(intake("\"conductDate\":{\"value\":\"2026-02-30\",\"type\":\"Date\"}"), 400, null);
    }

    @Test
    void tenMegabyteBody_is413_andStartsNothing() {
        String huge = intake("\"facts\":{\"value\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");

        assertStartRefused(huge, 413, null);
    }

    @Test
    void unknownCatalogueCode_inAWellFormedStart_goesToTheCorrectionTask() {
        ServerClient.Reply reply = intakeClerk().post(START, intake("\"workField\":{\"value\":\"NOWHERE\"}"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String instance = reply.json().get("id").asText();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("correctIntake");
    }

    @Test
    void taskForm_badShapesAndRefusedRules_are400NamingTheField_andChangeNothing() {
        Task task = openVerifyLeadTask();
        String complete = "/engine-rest/task/" + task.getId() + "/complete";
        ServerClient investigator = ServerClient.as(port, "diaocha");

        assertTaskUnchanged(
                task,
                investigator.post(
                        complete,
                        "{\"variables\":{\"verificationDecision\":{\"value\":\"OPEN\"},"
                                + "\"verificationReason\":{\"value\":\"${probe.touch()}\"}}}"),
                400,
                "verificationReason");
        // CheckLeadVerificationListener: closing without a reason (Camunda answered 500 before)
        assertTaskUnchanged(
                task,
                investigator.post(complete, "{\"variables\":{\"verificationDecision\":{\"value\":\"NO_VIOLATION\"}}}"),
                400,
                "verificationReason");
        assertTaskUnchanged(
                task,
                investigator.post(
                        complete, "{\"variables\":{\"verificationReason\":{\"value\":\"x\"," + "\"type\":\"Long\"}}}"),
                400,
                null);
        assertTaskUnchanged(
                task,
                investigator.post(
                        complete,
                        "{\"variables\":{\"verificationReason\":{\"value\":\"" + "x".repeat(10 * 1024 * 1024)
                                + "\"}}}"),
                413,
                null);
        assertThat(probe.touches()).isZero();
    }

    @Test
    void taskForm_inTasklist_isRefusedInChinese_namingTheField() {
        Task task = openVerifyLeadTask();
        ServerClient tasklist =
                ServerClient.webappLogin(port, "diaocha", "tasklist").header("Accept-Language", "zh-CN");

        ServerClient.Reply reply = tasklist.post(
                "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"verificationDecision\":{\"value\":\"OPEN\"},"
                        + "\"verificationReason\":{\"value\":\"#{probe.touch()}\"}}}");

        assertTaskUnchanged(task, reply, 400, "verificationReason");
        // issue 18: the clerk reads the Chinese reason alone, not the log's "field: English" text
        assertThat(reply.json().get("message").asText()).contains("不能包含").doesNotContain("verificationReason:");
        assertThat(probe.touches()).isZero();
    }

    private Task openVerifyLeadTask() {
        ServerClient.Reply started = intakeClerk().post(START, intake(""));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(started.json().get("id").asText())
                .taskDefinitionKey("verifyLead")
                .singleResult();
    }

    private void assertStartRefused(String body, int status, String field) {
        long before = instances();
        ServerClient.Reply reply = intakeClerk().post(START, body);

        assertClean(reply, status, field);
        assertThat(instances()).as("cases after " + reply).isEqualTo(before);
    }

    private void assertTaskUnchanged(Task task, ServerClient.Reply reply, int status, String field) {
        assertClean(reply, status, field);
        Task after =
                engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after).as("task still open after " + reply).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "verificationReason"))
                .as("nothing stored")
                .isNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "verificationDecision"))
                .isNull();
    }

    private static void assertClean(ServerClient.Reply reply, int status, String field) {
        String shown = reply.status() + " "
                + (reply.body().length() > 300 ? reply.body().substring(0, 300) : reply.body());
        assertThat(reply.status()).as(shown).isEqualTo(status);
        assertThat(reply.json().get("message").asText()).as(shown).isNotBlank();
        assertThat(INTERNALS.matcher(reply.body()).find()).as(shown).isFalse();
        if (field != null) {
            assertThat(reply.json().get("field").asText()).as(shown).isEqualTo(field);
            String message = reply.json().get("message").asText();
            if (CHINESE.matcher(message).find()) {
                // issue 18: a Chinese caller reads the reason alone; the field is named by the `field` member
                assertThat(message).as(shown).doesNotContain(field + ":");
            } else {
                assertThat(message).as(shown).contains(field);
            }
        }
    }

    private long instances() {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("accountability-case")
                .count();
    }

    private ServerClient intakeClerk() {
        return ServerClient.as(port, "shouli");
    }

    /** The walkthrough's intake, with {@code replacement} (one or more variables) put over it. */
    private static String intake(String replacement) {
        StringBuilder variables = new StringBuilder("{\"variables\":{");
        if (!replacement.isEmpty()) {
            variables.append(replacement).append(',');
        }
        String[] defaults = {
            "\"leadSource\":{\"value\":\"群众信访举报\"}",
            "\"workField\":{\"value\":\"INFRASTRUCTURE\"}",
            "\"conductDate\":{\"value\":\"2025-06-01\"}",
            "\"grounds\":{\"value\":\"[\\\"5.5\\\"]\",\"type\":\"Json\"}",
            "\"facts\":{\"value\":\"村道硬化项目未达标即通过验收\"}",
            "\"directTakeover\":{\"value\":false}",
            "\"respondents\":{\"type\":\"Json\",\"value\":\"[{\\\"kind\\\":\\\"PERSON\\\",\\\"name\\\":\\\"张三\\\","
                    + "\\\"personId\\\":\\\"P2026001\\\",\\\"unit\\\":\\\"思旺镇人民政府\\\",\\\"post\\\":\\\"副镇长\\\","
                    + "\\\"category\\\":\\\"ADMINISTRATIVE_ORGAN\\\",\\\"managementLevel\\\":\\\"TOWNSHIP\\\","
                    + "\\\"employmentStatus\\\":\\\"IN_POST\\\"}]\"}"
        };
        for (String variable : defaults) {
            String name = variable.substring(0, variable.indexOf(':'));
            if (!replacement.contains(name + ":")) {
                variables.append(variable).append(',');
            }
        }
        variables.setLength(variables.length() - 1);
        return variables.append("}}").toString();
    }
}
