package cn.gov.pingnan.accountability.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14: a database of the single-county application (fixture {@code migration/pre-tenant-h2.zip}, see its
 * README.md) upgrades in place to tenant {@code pingnan}: its cases, tasks, timers and history become 平南县's, visible
 * to 平南县's staff and not to 港南区's, the open case goes on, nothing is deployed again for 平南县, and the next case
 * number continues the old sequence.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false"})
class SingleCountyUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant STARTED = Instant.now();
    private static final String OPEN_CASE = "PN-2026-0001";

    @DynamicPropertySource
    static void oldDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir =
                Files.createTempDirectory(Path.of("target"), "pre-tenant-").toAbsolutePath();
        try (InputStream zip = SingleCountyUpgradeIT.class.getResourceAsStream("/migration/pre-tenant-h2.zip");
                ZipInputStream entries = new ZipInputStream(zip)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                if (entry.isDirectory() || !entry.getName().endsWith(".mv.db")) {
                    continue;
                }
                Files.copy(entries, dataDir.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
        assertThat(dataDir.resolve("accountability.mv.db")).exists();
        registry.add("pingnan.data-dir", dataDir::toString);
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    SingleCountyUpgrade upgrade;

    @Test
    void everyEngineRowOfTheOldDatabase_isPingnans_andTheUpgradeRunsOnce() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String table : List.of(
                "ACT_RE_DEPLOYMENT",
                "ACT_RE_PROCDEF",
                "ACT_RE_CAMFORMDEF",
                "ACT_RU_EXECUTION",
                "ACT_RU_TASK",
                "ACT_RU_VARIABLE",
                "ACT_RU_JOB",
                "ACT_RU_JOBDEF",
                "ACT_HI_PROCINST",
                "ACT_HI_ACTINST",
                "ACT_HI_TASKINST",
                "ACT_HI_VARINST")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE TENANT_ID_ IS NULL", Long.class))
                    .as(table + " rows without tenant")
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_GE_BYTEARRAY b JOIN ACT_RE_DEPLOYMENT d ON b.DEPLOYMENT_ID_ = d.ID_"
                                + " WHERE b.TENANT_ID_ IS NULL AND d.DEPLOY_TIME_ < ?",
                        Long.class,
                        Date.from(STARTED)))
                // the engine itself leaves the resources of a new deployment without tenant; those of the old ones
                // are upgraded with everything else
                .as("resources of the old deployments without tenant")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE TENANT_ID_ = 'pingnan' AND BUSINESS_KEY_ LIKE 'PN-2026-%'",
                        Long.class))
                .as("the four old cases (and their tracks) are pingnan's")
                .isGreaterThanOrEqualTo(4);
        // PN-2026-0003's restriction-period waits on its timer, now in tenant pingnan
        ProcessInstance period = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("restriction-period")
                .processInstanceBusinessKey("PN-2026-0003")
                .singleResult();
        assertThat(period.getTenantId()).isEqualTo("pingnan");
        Job timer = managementService
                .createJobQuery()
                .processInstanceId(period.getId())
                .timers()
                .singleResult();
        assertThat(timer.getTenantId()).isEqualTo("pingnan");
        assertThat(upgrade.upgrade()).as("a second run finds nothing to do").isEmpty();
    }

    /** A bundle of the old database that processes/ still has unchanged is not deployed again; a changed one is. */
    @Test
    void pingnansOldDeployments_areKeptWhereUnchanged_gangnanGetsItsOwn() throws IOException {
        List<Deployment> old = repositoryService.createDeploymentQuery().tenantIdIn("pingnan").list().stream()
                .filter(d -> d.getDeploymentTime().before(Date.from(STARTED)))
                .toList();
        assertThat(old).extracting(Deployment::getName).contains("accountability-case", "restriction-period");
        for (Deployment deployment : old) {
            String file = deployment.getName() + ".bpmn";
            byte[] deployed;
            try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), "processes/" + file)) {
                deployed = in.readAllBytes();
            }
            boolean unchanged = java.util.Arrays.equals(deployed, Files.readAllBytes(Path.of("processes", file)));
            long pingnanVersions = repositoryService
                    .createDeploymentQuery()
                    .tenantIdIn("pingnan")
                    .deploymentName(deployment.getName())
                    .count();
            assertThat(pingnanVersions)
                    .as(file + (unchanged ? " unchanged" : " changed"))
                    .isEqualTo(unchanged ? 1 : 2);
            assertThat(repositoryService
                            .createDeploymentQuery()
                            .tenantIdIn("gangnan")
                            .deploymentName(deployment.getName())
                            .count())
                    .as(file + " for gangnan")
                    .isEqualTo(1);
        }
        assertThat(repositoryService.createDeploymentQuery().withoutTenantId().count())
                .isZero();
    }

    @Test
    void theOpenCase_isSeenByPingnanOnly_andGoesOnToItsNextStep() throws IOException {
        JsonNode seen = get("diaocha", "/engine-rest/task?processInstanceBusinessKey=" + OPEN_CASE);
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("taskDefinitionKey").asText()).isEqualTo("verifyLead");
        assertThat(seen.get(0).get("tenantId").asText()).isEqualTo("pingnan");
        String taskId = seen.get(0).get("id").asText();

        assertThat(get("gn-diaocha", "/engine-rest/task?processInstanceBusinessKey=" + OPEN_CASE))
                .isEmpty();
        assertThat(exchange("gn-diaocha", HttpMethod.GET, "/engine-rest/task/" + taskId, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(get("gn-shenli", "/engine-rest/history/process-instance?processInstanceBusinessKeyLike=PN-2026-%"))
                .isEmpty();
        assertThat(get("guigang", "/engine-rest/history/process-instance?processInstanceBusinessKeyLike=PN-2026-%")
                        .size())
                .isGreaterThanOrEqualTo(4);

        call("diaocha", HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"diaocha\"}");
        call(
                "diaocha",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"verificationDecision\":{\"value\":\"OPEN\"}}}");
        runJobsOf(OPEN_CASE);
        Task next = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(OPEN_CASE)
                .singleResult();
        assertThat(next.getTaskDefinitionKey()).isEqualTo("investigateCase");
        assertThat(next.getTenantId()).isEqualTo("pingnan");
        assertThat(get("diaocha", "/engine-rest/task?processInstanceBusinessKey=" + OPEN_CASE))
                .hasSize(1);
    }

    @Test
    void aNewCase_continuesPingnansNumbers() throws IOException {
        String body = new String(
                SingleCountyUpgradeIT.class
                        .getResourceAsStream("/migration/new-case.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        JsonNode started =
                call("shouli", HttpMethod.POST, "/engine-rest/process-definition/key/accountability-case/start", body);
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        // the fixture numbered four cases in 2026
        String expected = year == 2026 ? "PN-2026-0005" : "PN-" + year + "-0001";
        assertThat(started.get("businessKey").asText()).isEqualTo(expected);
        assertThat(started.get("tenantId").asText()).isEqualTo("pingnan");
    }

    /** Runs the due jobs of a case (the job executor is off) until none is left. */
    private void runJobsOf(String caseNumber) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().executable().list().stream()
                    .filter(j -> j.getProcessInstanceId() != null
                            && caseNumber.equals(runtimeService
                                    .createProcessInstanceQuery()
                                    .processInstanceId(j.getProcessInstanceId())
                                    .singleResult()
                                    .getBusinessKey()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> managementService.executeJob(j.getId()));
        }
    }

    private JsonNode get(String user, String path) throws IOException {
        return call(user, HttpMethod.GET, path, null);
    }

    private JsonNode call(String user, HttpMethod method, String path, String body) throws IOException {
        ResponseEntity<String> answer = exchange(user, method, path, body);
        assertThat(answer.getStatusCode().is2xxSuccessful())
                .as(method + " " + path + " as " + user + " → " + answer.getBody())
                .isTrue();
        return answer.getBody() == null ? null : JSON.readTree(answer.getBody());
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
