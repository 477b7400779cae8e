package cn.gov.pingnan.accountability.deployment;

import cn.gov.pingnan.accountability.Application;
import java.io.IOException;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application on diagrams and forms of a test folder. A failed start leaves the
 * webapps' engine lookup behind in its JVM, so each failing start lives in an IT class of its own.
 */
final class DiagramStarts {

    private DiagramStarts() {}

    static DiagramRefusedException findCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DiagramRefusedException refused) {
                return refused;
            }
        }
        throw new AssertionError("no DiagramRefusedException in " + e);
    }

    /** The latest version in 平南县 (issue 14: every county has its own deployments). */
    static ProcessDefinition latest(ProcessEngine engine, String key) {
        return latest(engine, key, "pingnan");
    }

    static ProcessDefinition latest(ProcessEngine engine, String key, String tenantId) {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .tenantIdIn(tenantId)
                .latestVersion()
                .singleResult();
    }

    static int starts;

    static ConfigurableApplicationContext start(Path root, String... extra) throws IOException {
        // an engine name of its own per start: a failed start must not leave "default" registered
        starts++;
        String base = root.toAbsolutePath().toUri().toString();
        return new SpringApplicationBuilder(Application.class)
                .run(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(
                                        "--server.port=0",
                                        "--pingnan.data-dir="
                                                + root.resolve("data").toAbsolutePath(),
                                        "--camunda.bpm.job-execution.enabled=false",
                                        "--camunda.bpm.process-engine-name=redeploy" + starts,
                                        "--camunda.bpm.deployment-resource-pattern=" + base + "processes/*.bpmn," + base
                                                + "forms/*.form"),
                                java.util.Arrays.stream(extra))
                        .toArray(String[]::new));
    }

    static String diagram(String key, String taskName) {
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-%1$s" targetNamespace="http://pingnan.gov.cn/test">
          <bpmn:process id="%1$s" name="测试流程" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="start" name="开始"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="verify"/>
            <bpmn:userTask id="verify" name="%2$s" camunda:candidateGroups="investigators"
                camunda:formRef="probe-form" camunda:formRefBinding="deployment"/>
            <bpmn:sequenceFlow id="f2" sourceRef="verify" targetRef="end"/>
            <bpmn:endEvent id="end" name="结束"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, taskName);
    }

    static String form(String label) {
        return """
        {"id": "probe-form", "type": "default", "schemaVersion": 16,
         "components": [{"type": "textfield", "key": "lead", "label": "%s"}]}
        """.formatted(label);
    }
}
