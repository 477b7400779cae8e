package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.register.RestrictionStatus;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Issue 6: a step with an outside effect that keeps failing becomes an incident with a readable message (what
 * Cockpit shows); once the cause is fixed, Cockpit's "Retry" (job retries set to 1) lets the case continue.
 * The real register on in-memory H2; job executor off, the test runs the jobs and moves the engine clock.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:inc-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
class IncidentRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @MockitoSpyBean
    RestrictionRegister register;

    @MockitoSpyBean
    DocumentExchange exchange;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    private static void setTime(LocalDateTime shanghai) {
        ClockUtil.setCurrentTime(
                Date.from(shanghai.atZone(WorkflowSettings.ZONE).toInstant()));
    }

    @Test
    void registerDown_expiryBecomesReadableIncident_retryAsAdminCompletesThePeriod_R12_5() throws Exception {
        setTime(LocalDateTime.of(2026, 3, 2, 9, 0));
        RegisteredRestriction row = register.record(
                        "PN-2026-0042",
                        new RestrictedPerson("P2026042", "张三", "思旺镇人民政府"),
                        List.of(new RestrictionPeriod(
                                RestrictionType.AWARD_INELIGIBLE,
                                LocalDate.of(2026, 3, 2),
                                LocalDate.of(2027, 1, 1),
                                "R-12.1")),
                        "xiangzhen")
                .get(0);
        long id = row.id();
        // issue 14: every county has its own definition; this case is 平南县's
        ProcessInstance period = startInPingnan(
                "restriction-period",
                "PN-2026-0042",
                Variables.createVariables()
                        .putValue(CaseVariables.CASE_NUMBER, "PN-2026-0042")
                        .putValue(CaseVariables.RESPONDENT_NAME, "张三")
                        .putValue(CaseVariables.PERSON_ID, "P2026042")
                        .putValue(CaseVariables.RESTRICTION_ID, id)
                        .putValue(CaseVariables.RESTRICTION_TYPE, row.type().name())
                        .putValue(CaseVariables.RESTRICTION_LABEL, row.type().labelZh())
                        .putValue(CaseVariables.RESTRICTION_FROM, "2026-03-02")
                        .putValue(CaseVariables.RESTRICTION_UNTIL, "2027-01-01")
                        .putValue(CaseVariables.EXPIRES_AT, CountyCalendar.midnight(LocalDate.of(2027, 1, 1))));

        // the period is due at 00:00 of its until date; the timer hands over to the async expiry job
        setTime(LocalDateTime.of(2027, 1, 1, 0, 1));
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(period.getId())
                .timers()
                .singleResult()
                .getId());

        doThrow(new CannotGetJdbcConnectionException("Connection refused: db-host:5432"))
                .when(register)
                .expire(id);
        Job job = failUntilRetriesAreUsedUp(period);
        verify(register, times(3)).expire(id);

        String expected = "Register write failed for restriction " + id + " / 影响期登记失败（编号 " + id
                + "）：Connection refused: db-host:5432";
        Incident incident = runtimeService
                .createIncidentQuery()
                .processInstanceId(period.getId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("expireRestriction");
        assertThat(incident.getConfiguration()).isEqualTo(job.getId());
        assertThat(incident.getIncidentMessage()).isEqualTo(expected);
        // what Cockpit shows: the incident as the REST API gives it to the operator
        JsonNode incidents = JSON.readTree(
                exchange("admin", HttpMethod.GET, "/engine-rest/incident?processInstanceId=" + period.getId(), null)
                        .getBody());
        assertThat(incidents.get(0).get("incidentMessage").asText()).isEqualTo(expected);
        assertThat(register.find(id).orElseThrow().status()).isEqualTo(RestrictionStatus.ACTIVE);

        // the database is back; Cockpit's "Retry" sets the job's retries to 1 — only operators may
        reset(register);
        assertThat(exchange(
                                "zuzhibu",
                                HttpMethod.PUT,
                                "/engine-rest/job/" + job.getId() + "/retries",
                                "{\"retries\":1}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("admin", HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\":1}")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(period.getId())
                        .count())
                .isZero();
        managementService.executeJob(job.getId());

        Task notice =
                taskService.createTaskQuery().processInstanceId(period.getId()).singleResult();
        assertThat(notice.getTaskDefinitionKey()).isEqualTo("acknowledgeRestrictionExpiry");
        assertThat(taskService.getIdentityLinksForTask(notice.getId()))
                .extracting(IdentityLink::getGroupId)
                .contains("organization-dept");
        assertThat(register.find(id).orElseThrow().status()).isEqualTo(RestrictionStatus.EXPIRED);
        assertThat((String) runtimeService.getVariable(period.getId(), CaseVariables.EXPIRY_NOTE))
                .contains("张三")
                .contains("2027-01-01");
        assertThat(historyService
                        .createHistoricIncidentQuery()
                        .processInstanceId(period.getId())
                        .resolved()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void documentExchangeDown_deliveryBecomesReadableIncident_retryThroughTheApiContinuesTheCase_R10_R12_5() {
        setTime(LocalDateTime.of(2026, 3, 2, 9, 0));
        String respondent =
                "{\"kind\":\"PERSON\",\"name\":\"李四\",\"personId\":\"P2026043\",\"unit\":\"思旺镇人民政府\",\"post\":\"干部\","
                        + "\"category\":\"ADMINISTRATIVE_ORGAN\",\"managementLevel\":\"TOWNSHIP\",\"employmentStatus\":\"IN_POST\","
                        + "\"severityGrade\":\"LIGHT\",\"aggravatedArt9\":false,\"disciplineDue\":false,\"crimeSuspected\":false}";
        ProcessInstance track = startInPingnan(
                "respondent-accountability",
                "PN-2026-0043",
                Variables.createVariables()
                        .putValue(CaseVariables.CASE_NUMBER, "PN-2026-0043")
                        .putValue(
                                CaseVariables.RESPONDENT,
                                SpinValues.jsonValue(respondent).create())
                        .putValue(CaseVariables.RESPONDENT_NAME, "李四")
                        .putValue(CaseVariables.DIRECT_TAKEOVER, false)
                        .putValue(CaseVariables.FACTS, "村道硬化项目未达标即通过验收"));
        complete(track, "reviewProposal", "shenli", "reviewers", Map.of());
        doThrow(new IllegalStateException("公文交换系统无响应 (document exchange not reachable)"))
                .when(exchange)
                .transmit(eq(OutgoingDocument.DECISION), any(), any());
        complete(
                track,
                "approveDecision",
                "xiangzhen",
                "township-committee",
                Map.of(
                        CaseVariables.APPROVAL_DECISION,
                        "APPROVED",
                        CaseVariables.DECISION_EFFECTIVE_DATE,
                        "2026-03-02"));

        Job job = failUntilRetriesAreUsedUp(track);
        Incident incident = runtimeService
                .createIncidentQuery()
                .processInstanceId(track.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo("deliverDecision");
        assertThat(incident.getIncidentMessage())
                .isEqualTo("Accountability decision for case PN-2026-0043 could not be sent"
                        + " / 问责决定书发送失败（案件 PN-2026-0043）：公文交换系统无响应 (document exchange not reachable)");

        // the channel is back; what Cockpit's "Retry" calls
        reset(exchange);
        managementService.setJobRetries(job.getId(), 1);
        assertThat(runtimeService
                        .createIncidentQuery()
                        .processInstanceId(track.getId())
                        .count())
                .isZero();
        managementService.executeJob(job.getId());
        assertThat(runtimeService.getVariable(track.getId(), CaseVariables.DECISION_DELIVERED_AT))
                .isNotNull();

        // then the register job writes the restriction and starts its period
        managementService.executeJob(managementService
                .createJobQuery()
                .processInstanceId(track.getId())
                .activityId("scheduleRestrictions")
                .singleResult()
                .getId());
        // then the written decision waits to be served
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(track.getId())
                        .taskDefinitionKey("recordDelivery")
                        .count())
                .isEqualTo(1);
        assertThat(register.findByPerson("P2026043"))
                .extracting(RegisteredRestriction::type)
                .containsExactly(RestrictionType.AWARD_INELIGIBLE);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("restriction-period")
                        .processInstanceBusinessKey("PN-2026-0043")
                        .count())
                .isEqualTo(1);
    }

    /** Runs the process's job as the job executor would, after each failure waiting out the retry interval. */
    private Job failUntilRetriesAreUsedUp(ProcessInstance instance) {
        Job job = managementService
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        int attempts = 0;
        while (job.getRetries() > 0 && attempts < 10) {
            if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
                ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
            }
            attempts++;
            String jobId = job.getId();
            try {
                managementService.executeJob(jobId);
            } catch (RuntimeException expected) {
                // the job failed; the engine has lowered its retries in a separate transaction
            }
            job = managementService.createJobQuery().jobId(jobId).singleResult();
        }
        // R3/PT5M: three attempts, five minutes apart, then the incident
        assertThat(attempts).isEqualTo(3);
        assertThat(job.getRetries()).isZero();
        return job;
    }

    private void complete(
            ProcessInstance instance, String taskKey, String user, String group, Map<String, Object> variables) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        identityService.setAuthentication(user, List.of(group), List.of("pingnan"));
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private ProcessInstance startInPingnan(String key, String businessKey, Map<String, Object> variables) {
        return runtimeService
                .createProcessInstanceByKey(key)
                .processDefinitionTenantId("pingnan")
                .businessKey(businessKey)
                .setVariables(variables)
                .execute();
    }
}
