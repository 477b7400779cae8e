package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Java serialization stays off: a serialized Java object sent as a process variable is refused on
 * every REST path that stores variables, and nothing is stored. Sent as admin, so the refusal is
 * the serialization rule and not a missing right.
 */
@SecurityIntegrationTest
class JavaSerializationIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    private ServerClient admin;
    private Map<String, Object> serializedVariable;

    @BeforeEach
    void setUp() throws IOException {
        TestProcesses.deploy(engine, TestProcesses.INVESTIGATION, "investigators");
        admin = ServerClient.as(port, "admin");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(List.of("gadget")));
        }
        serializedVariable = Map.of(
                "type", "Object",
                "value", Base64.getEncoder().encodeToString(bytes.toByteArray()),
                "valueInfo",
                        Map.of(
                                "serializationDataFormat", "application/x-java-serialized-object",
                                "objectTypeName", "java.util.ArrayList"));
    }

    @Test
    void startWithSerializedJavaObject_isRefused_andNoCaseIsStarted() {
        long before = instances();

        ServerClient.Reply reply = admin.post(
                "/engine-rest/process-definition/key/" + TestProcesses.INVESTIGATION + "/start",
                Map.of("variables", Map.of("payload", serializedVariable)));

        assertRefused(reply);
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void completeWithSerializedJavaObject_isRefused_andTheTaskStaysOpen() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());

        ServerClient.Reply reply = admin.post(
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("payload", serializedVariable)));

        assertRefused(reply);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "payload"))
                .isNull();
    }

    @Test
    void setVariableToSerializedJavaObject_isRefused_andNothingIsStored() {
        Task task = TestProcesses.startAndGetTask(engine, TestProcesses.INVESTIGATION, Map.of());
        String instance = task.getProcessInstanceId();

        assertRefused(
                admin.put("/engine-rest/process-instance/" + instance + "/variables/payload", serializedVariable));
        assertRefused(admin.post(
                "/engine-rest/process-instance/" + instance + "/variables",
                Map.of("modifications", Map.of("payload", serializedVariable))));
        assertRefused(admin.put("/engine-rest/task/" + task.getId() + "/variables/payload", serializedVariable));

        assertThat(engine.getRuntimeService()
                        .createVariableInstanceQuery()
                        .processInstanceIdIn(instance)
                        .variableName("payload")
                        .count())
                .isZero();
    }

    private long instances() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(TestProcesses.INVESTIGATION)
                .count();
    }

    private static void assertRefused(ServerClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isIn(400, 500);
        assertThat(reply.json().get("message").asText()).as(reply.toString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("\tat ");
    }
}
