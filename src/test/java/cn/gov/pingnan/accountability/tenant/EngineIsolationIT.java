package cn.gov.pingnan.accountability.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import cn.gov.pingnan.accountability.reliability.CaseOverRest;
import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.security.WebappLogin;
import cn.gov.pingnan.accountability.workflow.WalkthroughRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 14: a user of one county gets 404 or an empty list, never data, for another county's task, instance, history
 * and variables, over the engine REST API and the webapps' engine API (Tasklist, Cockpit); the Tasklist's filters
 * count the own county's tasks only. The prefecture reader ({@code guigang}) reads both counties and works in none.
 * Case numbers are numbered per county. Camunda's own answers, where we change them: its tenant check answers 500 on
 * a single task's or instance's action or variables; {@code api/EngineRestErrors} makes that 404.
 */
class EngineIsolationIT extends AbstractWebAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START = "/engine-rest/process-definition/key/accountability-case/start";
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @Autowired
    TaskService taskService;

    @Autowired
    FilterService filterService;

    @Autowired
    HistoryService historyService;

    @Autowired
    RepositoryService repositoryService;

    private static String pnCase;
    private static String gnCase;
    private static String pnTask;
    private static String gnTask;
    private static String pnInstance;

    @BeforeEach
    void twoCases() throws IOException {
        if (pnCase != null) {
            return;
        }
        // by key without tenant id: a user of one county starts his county's version (tenant/OwnCountyKeyFilter)
        JsonNode pn = call("shouli", HttpMethod.POST, START, CaseOverRest.startBody("P2026T001", "屏一"));
        JsonNode gn = call("gn-shouli", HttpMethod.POST, START, CaseOverRest.startBody("G2026T001", "港一"));
        assertThat(pn.get("tenantId").asText()).isEqualTo("pingnan");
        assertThat(gn.get("tenantId").asText()).isEqualTo("gangnan");
        pnCase = pn.get("businessKey").asText();
        gnCase = gn.get("businessKey").asText();
        pnInstance = pn.get("id").asText();
        pnTask = onlyTask(pnCase).getId();
        gnTask = onlyTask(gnCase).getId();
    }

    private Task onlyTask(String caseNumber) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("verifyLead");
        return task;
    }

    @Test
    void caseNumbers_arePerCounty() throws IOException {
        assertThat(CaseNumber.parse(pnCase).prefix()).isEqualTo("PN");
        // the first case of 港南区 is its number 1, whatever 平南县 numbered before
        assertThat(CaseNumber.parse(gnCase).prefix()).isEqualTo("GN");
        assertThat(CaseNumber.parse(gnCase).sequence()).isEqualTo(1);
        CaseNumber pn = next("shouli", "P2026T002");
        CaseNumber gn = next("gn-shouli", "G2026T002");
        CaseNumber pnAgain = next("shouli", "P2026T003");
        CaseNumber gnAgain = next("gn-shouli", "G2026T003");
        // 港南区's case took no number of 平南县's, and the other way round
        assertThat(pnAgain).isEqualTo(new CaseNumber("PN", pn.year(), pn.sequence() + 1));
        assertThat(gnAgain).isEqualTo(new CaseNumber("GN", gn.year(), gn.sequence() + 1));
    }

    private CaseNumber next(String intake, String personId) throws IOException {
        return CaseNumber.parse(call(intake, HttpMethod.POST, START, CaseOverRest.startBody(personId, "某人"))
                .get("businessKey")
                .asText());
    }

    @Test
    void engineRest_anotherCountysTaskInstanceHistoryAndVariables_areNotFound() throws IOException {
        // the own county's user sees the task (positive control)
        assertThat(status("diaocha", HttpMethod.GET, "/engine-rest/task/" + pnTask, null))
                .isEqualTo(200);
        assertThat(status("gn-diaocha", HttpMethod.GET, "/engine-rest/task/" + pnTask, null))
                .isEqualTo(404);
        assertThat(tenantsOf(call("gn-diaocha", HttpMethod.GET, "/engine-rest/task", null)))
                .contains("gangnan")
                .doesNotContain("pingnan");
        assertThat(call("gn-diaocha", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + pnCase, null))
                .isEmpty();
        assertThat(call(
                        "gn-diaocha",
                        HttpMethod.POST,
                        "/engine-rest/task",
                        "{\"processInstanceBusinessKey\":\"" + pnCase + "\"}"))
                .isEmpty();
        assertThat(call(
                                "gn-diaocha",
                                HttpMethod.GET,
                                "/engine-rest/task/count?processInstanceBusinessKey=" + pnCase,
                                null)
                        .get("count")
                        .asLong())
                .isZero();
        assertThat(status("gn-diaocha", HttpMethod.GET, "/engine-rest/task/" + pnTask + "/form-variables", null))
                .isEqualTo(404);
        assertThat(status("gn-diaocha", HttpMethod.GET, "/engine-rest/task/" + pnTask + "/variables", null))
                .isEqualTo(404);
        assertThat(status("gn-diaocha", HttpMethod.GET, "/engine-rest/process-instance/" + pnInstance, null))
                .isEqualTo(404);
        assertThat(status(
                        "gn-diaocha",
                        HttpMethod.GET,
                        "/engine-rest/process-instance/" + pnInstance + "/variables",
                        null))
                .isEqualTo(404);
        assertThat(call("gn-diaocha", HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + pnCase, null))
                .isEmpty();
        assertThat(status("gn-diaocha", HttpMethod.GET, "/engine-rest/history/process-instance/" + pnInstance, null))
                .isEqualTo(404);
        assertThat(call(
                        "gn-diaocha",
                        HttpMethod.GET,
                        "/engine-rest/history/variable-instance?processInstanceId=" + pnInstance,
                        null))
                .isEmpty();
        assertThat(call(
                        "gn-diaocha",
                        HttpMethod.GET,
                        "/engine-rest/history/task?processInstanceBusinessKey=" + pnCase,
                        null))
                .isEmpty();
        // working on it: 404 as for a task that does not exist, and the task is untouched
        assertThat(status(
                        "gn-diaocha",
                        HttpMethod.POST,
                        "/engine-rest/task/" + pnTask + "/claim",
                        "{\"userId\":\"gn-diaocha\"}"))
                .isEqualTo(404);
        assertThat(status(
                        "gn-diaocha",
                        HttpMethod.POST,
                        "/engine-rest/task/" + pnTask + "/complete",
                        "{\"variables\":{\"verificationDecision\":{\"value\":\"OPEN\"}}}"))
                .isEqualTo(404);
        Task untouched = taskService.createTaskQuery().taskId(pnTask).singleResult();
        assertThat(untouched.getAssignee()).isNull();
        // and the other way round
        assertThat(status("diaocha", HttpMethod.GET, "/engine-rest/task/" + gnTask, null))
                .isEqualTo(404);
        assertThat(tenantsOf(call("diaocha", HttpMethod.GET, "/engine-rest/task", null)))
                .doesNotContain("gangnan");
    }

    @Test
    void webappEngineApi_anotherCountysTask_isNotFound_andTheFiltersCountTheOwnCountyOnly() throws IOException {
        Browser gn = new Browser("gn-diaocha", "tasklist");
        assertThat(gn.engine(HttpMethod.GET, "/task/" + pnTask, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(gn.engine(HttpMethod.GET, "/task/" + gnTask, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(gn.engine(HttpMethod.GET, "/task/" + pnTask + "/form-variables", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(gn.engine(HttpMethod.GET, "/process-instance/" + pnInstance + "/variables", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(gn.engine(HttpMethod.GET, "/history/process-instance/" + pnInstance, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(gn.engine(HttpMethod.POST, "/task/" + pnTask + "/claim", "{\"userId\":\"gn-diaocha\"}")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);

        // the Tasklist's 我的组任务: 港南区's open verifyLead tasks, none of 平南县's
        String groupTasks = filterService
                .createFilterQuery()
                .filterName(IdentitySeeder.FILTER_GROUP_TASKS)
                .singleResult()
                .getId();
        JsonNode listed = JSON.readTree(gn.engine(HttpMethod.POST, "/filter/" + groupTasks + "/list", "{}")
                .getBody());
        assertThat(tenantsOf(listed)).contains("gangnan").doesNotContain("pingnan");
        long gnCount = JSON.readTree(gn.engine(HttpMethod.POST, "/filter/" + groupTasks + "/count", "{}")
                        .getBody())
                .get("count")
                .asLong();
        assertThat(gnCount)
                .isEqualTo(taskService
                        .createTaskQuery()
                        .tenantIdIn("gangnan")
                        .taskCandidateGroup("investigators")
                        .taskUnassigned()
                        .count());
        JsonNode pnCount = call("diaocha", HttpMethod.POST, "/engine-rest/filter/" + groupTasks + "/count", "{}");
        assertThat(pnCount.get("count").asLong())
                .isEqualTo(taskService
                        .createTaskQuery()
                        .tenantIdIn("pingnan")
                        .taskCandidateGroup("investigators")
                        .taskUnassigned()
                        .count());
    }

    @Test
    void thePrefectureReader_readsBothCounties_andWorksInNone() throws IOException {
        assertThat(call(
                        "guigang",
                        HttpMethod.GET,
                        "/engine-rest/history/process-instance?processDefinitionKey=accountability-case",
                        null))
                .extracting(n -> n.get("tenantId").asText())
                .contains("pingnan", "gangnan");
        assertThat(call("guigang", HttpMethod.GET, "/engine-rest/process-instance/" + pnInstance, null)
                        .get("businessKey")
                        .asText())
                .isEqualTo(pnCase);
        assertThat(tenantsOf(call("guigang", HttpMethod.GET, "/engine-rest/task", null)))
                .contains("pingnan", "gangnan");
        assertThat(status(
                        "guigang",
                        HttpMethod.POST,
                        "/engine-rest/task/" + pnTask + "/claim",
                        "{\"userId\":\"guigang\"}"))
                .isIn(403, 404);
        assertThat(status(
                        "guigang",
                        HttpMethod.POST,
                        "/engine-rest/task/" + gnTask + "/complete",
                        "{\"variables\":{\"verificationDecision\":{\"value\":\"OPEN\"}}}"))
                .isIn(403, 404);
        assertThat(status(
                        "guigang",
                        HttpMethod.POST,
                        "/engine-rest/process-definition/key/accountability-case/tenant-id/pingnan/start",
                        CaseOverRest.startBody("P2026T009", "屏九")))
                .isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(pnTask).singleResult().getAssignee())
                .isNull();
        assertThat(new WebappLogin(rest).login("guigang", PASSWORD, "cockpit").is2xxSuccessful())
                .isTrue();
    }

    /**
     * The walkthrough's case from intake to closure by 港南区's staff: the respondent's track (call activity) and the
     * restriction's period (started by the decision's step) run in 港南区's tenant, with 港南区's definitions.
     */
    @Test
    void aWholeCaseOfGangnan_runsInGangnanOnly() throws IOException {
        String caseNumber = new WalkthroughRun(rest, "gn-", "GN").runCase();
        List<HistoricProcessInstance> instances = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .list();
        assertThat(instances)
                .extracting(HistoricProcessInstance::getProcessDefinitionKey)
                .contains("accountability-case", "respondent-accountability", "restriction-period");
        assertThat(instances).allSatisfy(instance -> {
            assertThat(instance.getTenantId()).isEqualTo("gangnan");
            assertThat(repositoryService
                            .getProcessDefinition(instance.getProcessDefinitionId())
                            .getTenantId())
                    .isEqualTo("gangnan");
        });
    }

    @Test
    void anOperatorStartsByKeyNamingTheCounty() throws IOException {
        // admin belongs to no county: by key alone there is no definition "without tenant"
        assertThat(status("admin", HttpMethod.POST, START, CaseOverRest.startBody("P2026T010", "屏十")))
                .isEqualTo(404);
        JsonNode started = call(
                "admin",
                HttpMethod.POST,
                "/engine-rest/process-definition/key/accountability-case/tenant-id/gangnan/start",
                CaseOverRest.startBody("G2026T010", "港十"));
        assertThat(started.get("businessKey").asText()).startsWith("GN-");
    }

    private static List<String> tenantsOf(JsonNode tasks) {
        List<String> tenants = new ArrayList<>();
        tasks.forEach(t -> tenants.add(t.get("tenantId").asText()));
        return tenants;
    }

    /** A browser's webapp session: cookies, and the CSRF token of the session after the login. */
    private final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Browser(String user, String app) {
            send(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null);
            ResponseEntity<String> login = send(
                    HttpMethod.POST,
                    "/camunda/api/admin/auth/user/default/login/" + app,
                    "username=" + user + "&password=" + PASSWORD,
                    MediaType.APPLICATION_FORM_URLENCODED);
            assertThat(login.getStatusCode().is2xxSuccessful())
                    .as("login of " + user)
                    .isTrue();
            // the session id changes at login, and with it the token
            send(HttpMethod.GET, "/camunda/app/tasklist/default/", null, null);
        }

        ResponseEntity<String> send(HttpMethod method, String path, String body, MediaType type) {
            HttpHeaders headers = new HttpHeaders();
            if (!cookies.isEmpty()) {
                headers.add(
                        HttpHeaders.COOKIE,
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList()));
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            if (type != null) {
                headers.setContentType(type);
            }
            headers.setAccept(
                    List.of(path.startsWith("/camunda/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML));
            ResponseEntity<String> answer = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
            List<String> set = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
            if (set != null) {
                for (String c : set) {
                    String[] pair = c.split(";", 2)[0].split("=", 2);
                    cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
                }
            }
            return answer;
        }

        ResponseEntity<String> engine(HttpMethod method, String path, String body) {
            return send(method, WEBAPP_ENGINE + path, body, MediaType.APPLICATION_JSON);
        }
    }

    private int status(String user, HttpMethod method, String path, String body) {
        return exchange(user, method, path, body).getStatusCode().value();
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
        headers.setBasicAuth(user, PASSWORD, StandardCharsets.UTF_8);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
