package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** Spring Boot engine on in-memory H2, job executor off: tests run jobs and move the engine clock themselves. */
@SpringBootTest
@ActiveProfiles("processtest")
@Import({
    InMemoryRestrictionRegister.Config.class,
    CoverageTestConfiguration.class,
    ProcessEngineCoverageConfiguration.class
})
@TestExecutionListeners(
        listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessTestSupport {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected IdentityService identityService;

    @Autowired
    protected ManagementService managementService;

    @Autowired
    protected HistoryService historyService;

    @Autowired
    protected InMemoryRestrictionRegister register;

    @BeforeEach
    void initEngine() {
        BpmnAwareTests.init(engine);
        setToday(TODAY);
        register.clear();
    }

    @AfterEach
    void resetClock() {
        // each test starts from an empty runtime: no timers of earlier tests fire when a test moves the clock
        runtimeService
                .createProcessInstanceQuery()
                .rootProcessInstances()
                .list()
                .forEach(p -> runtimeService.deleteProcessInstanceIfExists(
                        p.getId(), "test cleanup", true, true, true, true));
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    static void setToday(LocalDate date) {
        ClockUtil.setCurrentTime(
                Date.from(date.atTime(9, 0).atZone(WorkflowSettings.ZONE).toInstant()));
    }

    static void setTime(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    static Object json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    /** A person respondent as the intake form submits it. */
    static String person(String id, String name, String level, String status, String employer) {
        return "{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"personId\":\"" + id
                + "\",\"unit\":\"思旺镇人民政府\",\"post\":\"干部\","
                + "\"category\":\"ADMINISTRATIVE_ORGAN\",\"managementLevel\":\"" + level + "\",\"employmentStatus\":\""
                + status + "\""
                + (employer == null ? "" : ",\"currentEmployer\":\"" + employer + "\"") + "}";
    }

    static VariableMap intake(String... respondents) {
        return Variables.createVariables()
                .putValue(CaseVariables.LEAD_SOURCE, "群众信访举报")
                .putValue(CaseVariables.WORK_FIELD, "INFRASTRUCTURE")
                .putValue(CaseVariables.CONDUCT_DATE, "2025-06-01")
                .putValue(CaseVariables.GROUNDS, json("[\"5.5\",\"9\"]"))
                .putValue(CaseVariables.FACTS, "村道硬化项目未达标即通过验收")
                .putValue(CaseVariables.DIRECT_TAKEOVER, false)
                .putValue(CaseVariables.RESPONDENTS, json("[" + String.join(",", respondents) + "]"));
    }

    /** Logs in as Tasklist would: the user with its groups and tenants, so authorizations apply. */
    protected void authenticate(String user) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId)
                .toList();
        // issue 14: and with its county (tenant), as Camunda's REST and webapp logins do
        List<String> tenants =
                identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                        .map(org.camunda.bpm.engine.identity.Tenant::getId)
                        .toList();
        identityService.setAuthentication(user, groups, tenants);
    }

    protected ProcessInstance startCase(VariableMap variables) {
        authenticate("shouli");
        try {
            return runtimeService.startProcessInstanceByKey(ProcessKeys.ACCOUNTABILITY_CASE, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    protected Task task(ProcessInstance pi, String key) {
        List<Task> tasks = taskService
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(key)
                .list();
        assertThat(tasks).as("open task " + key).hasSize(1);
        return tasks.get(0);
    }

    /** Completes the task as {@code user} (R-4.2: the signer is the authenticated user). */
    protected void complete(Task task, String user, Map<String, Object> variables) {
        authenticate(user);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    protected void complete(ProcessInstance pi, String key, String user, Map<String, Object> variables) {
        complete(task(pi, key), user, variables);
    }

    /** the reviewer records that the written decision was served today, in person. */
    protected void deliver(ProcessInstance child) {
        complete(
                child,
                "recordDelivery",
                "shenli",
                Map.of(
                        CaseVariables.DELIVERED_BY,
                        "王五、赵六",
                        CaseVariables.DELIVERED_ON,
                        ClockUtil.getCurrentTime()
                                .toInstant()
                                .atZone(WorkflowSettings.ZONE)
                                .toLocalDate()
                                .toString(),
                        CaseVariables.DELIVERY_METHOD,
                        "IN_PERSON"));
    }

    /** Runs every job that is due now, repeatedly, as the job executor would. */
    protected void executeDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> managementService.executeJob(j.getId()));
        }
    }

    protected List<ProcessInstance> children(ProcessInstance caseInstance) {
        return runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(caseInstance.getId())
                .list();
    }

    protected ProcessInstance childFor(ProcessInstance caseInstance, String personId) {
        return children(caseInstance).stream()
                .filter(c -> runtimeService
                        .getVariable(c.getId(), CaseVariables.RESPONDENT)
                        .toString()
                        .contains("\"" + personId + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no respondent track for " + personId));
    }
}
