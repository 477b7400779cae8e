package cn.gov.pingnan.accountability.deployment;

import static cn.gov.pingnan.accountability.deployment.DiagramStarts.diagram;
import static cn.gov.pingnan.accountability.deployment.DiagramStarts.form;
import static cn.gov.pingnan.accountability.deployment.DiagramStarts.latest;
import static cn.gov.pingnan.accountability.deployment.DiagramStarts.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6: a diagram changed in processes/ deploys as a new version on the next start, only the
 * changed bundle is redeployed, and running instances stay on their version with their own forms.
 */
class RedeployIT {

    private static final String FORM_V1 = DiagramStarts.form("问题线索 v1");

    @Test
    void changedDiagramBecomesNewVersion_runningInstanceKeepsItsVersionAndForm() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "redeploy-");
        Path processes = Files.createDirectories(root.resolve("processes"));
        Path forms = Files.createDirectories(root.resolve("forms"));
        Files.writeString(processes.resolve("probe-a.bpmn"), diagram("probe-a", "核实线索"));
        Files.writeString(
                processes.resolve("probe-b.bpmn"),
                diagram("probe-b", "审理线索").replace("\"probe-form\"", "\"probe-form-b\""));
        Files.writeString(forms.resolve("probe-form-b.form"), FORM_V1.replace("\"probe-form\"", "\"probe-form-b\""));
        Files.writeString(forms.resolve("probe-form.form"), FORM_V1);

        String runningTaskId;
        try (ConfigurableApplicationContext first = start(root)) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            String instanceId = engine.getRuntimeService()
                    .createProcessInstanceByKey("probe-a")
                    .processDefinitionTenantId("pingnan")
                    .execute()
                    .getId();
            runningTaskId = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instanceId)
                    .singleResult()
                    .getId();
        }

        // a manager renames a task in probe-a and changes the form; probe-b stays as it is
        Files.writeString(processes.resolve("probe-a.bpmn"), diagram("probe-a", "核实问题线索"));
        Files.writeString(forms.resolve("probe-form.form"), form("问题线索 v2"));

        try (ConfigurableApplicationContext second = start(root)) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            assertThat(latest(engine, "probe-a").getVersion()).isEqualTo(2);
            assertThat(latest(engine, "probe-b").getVersion()).isEqualTo(1);
            // issue 14: each county's bundles are compared with its own deployments
            assertThat(latest(engine, "probe-a", "gangnan").getVersion()).isEqualTo(2);
            assertThat(latest(engine, "probe-b", "gangnan").getVersion()).isEqualTo(1);

            Task running = engine.getTaskService()
                    .createTaskQuery()
                    .taskId(runningTaskId)
                    .singleResult();
            ProcessDefinition runningDefinition =
                    engine.getRepositoryService().getProcessDefinition(running.getProcessDefinitionId());
            assertThat(runningDefinition.getVersion()).isEqualTo(1);
            assertThat(running.getName()).isEqualTo("核实线索");
            try (InputStream deployedForm = engine.getFormService().getDeployedTaskForm(runningTaskId)) {
                assertThat(new String(deployedForm.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("问题线索 v1");
            }
        }

        // a third start without changes deploys nothing
        try (ConfigurableApplicationContext third = start(root)) {
            ProcessEngine engine = third.getBean(ProcessEngine.class);
            assertThat(engine.getRepositoryService()
                            .createDeploymentQuery()
                            .deploymentName("probe-a")
                            .tenantIdIn("pingnan")
                            .count())
                    .isEqualTo(2);
            assertThat(engine.getRepositoryService()
                            .createDeploymentQuery()
                            .deploymentName("probe-b")
                            .count())
                    .as("one per county")
                    .isEqualTo(2);
        }
    }
}
