package cn.gov.pingnan.accountability.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 2: a running case and its variables survive a stop and start on the same H2 file. Issue 8: JSON values up
 * to 64 KB are kept in the row, not in H2's separate LOB store (MAX_LENGTH_INPLACE_LOB in the default URL).
 */
class RestartPersistenceIT {

    @Test
    void runningInstanceAndVariablesSurviveRestart() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        String instanceId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            ProcessEngine engine = first.getBean(ProcessEngine.class);
            engine.getRepositoryService()
                    .createDeployment()
                    .addModelInstance(
                            "restart-probe.bpmn",
                            Bpmn.createExecutableProcess("restart-probe")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask("wait")
                                    .name("等待")
                                    .camundaCandidateGroups("investigators")
                                    .endEvent()
                                    .done())
                    .deploy();
            ProcessInstance instance = engine.getRuntimeService()
                    .startProcessInstanceByKey(
                            "restart-probe",
                            "PN-2026-0042",
                            Map.of("respondentName", "张三", "grade", 2, "findings", Spin.JSON(FINDINGS)));
            instanceId = instance.getId();
            JdbcTemplate jdbc = new JdbcTemplate(first.getBean(DataSource.class));
            assertThat(jdbc.queryForObject(
                            "select SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS"
                                    + " where SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'",
                            String.class))
                    .isEqualTo("65536");
        }
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).contains("accountability.mv.db");

        try (ConfigurableApplicationContext second = start(dataDir)) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            ProcessInstance instance = engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(instanceId)
                    .singleResult();
            assertThat(instance).isNotNull();
            assertThat(instance.getBusinessKey()).isEqualTo("PN-2026-0042");
            assertThat(engine.getRuntimeService().getVariables(instanceId))
                    .containsEntry("respondentName", "张三")
                    .containsEntry("grade", 2);
            SpinJsonNode findings = (SpinJsonNode) engine.getRuntimeService().getVariable(instanceId, "findings");
            assertThat(findings.toString()).isEqualTo(Spin.JSON(FINDINGS).toString());
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .processInstanceId(instanceId)
                            .count())
                    .isEqualTo(1);
        }
    }

    /** A findings list of about 3 KB, larger than H2's default in-row limit for LOBs (256 bytes). */
    private static final String FINDINGS = "["
            + String.join(
                    ",",
                    Collections.nCopies(
                            20,
                            "{\"respondentId\":\"452131199001011234\",\"fact\":\"村道硬化项目未达验收标准即签字通过验收\",\"grade\":\"SEVERE\"}"))
            + "]";

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--pingnan.data-dir=" + dataDir.toAbsolutePath(),
                        "--camunda.bpm.job-execution.enabled=false");
    }
}
