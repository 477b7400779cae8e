package cn.gov.pingnan.accountability.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.identity.DemoUser;
import cn.gov.pingnan.accountability.rules.CaseReadRule;
import cn.gov.pingnan.accountability.security.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Issue 17: who reads which case on the staff pages and their API, and what bad input gets. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesIT extends AbstractWebAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    IdentityService identityService;

    @Autowired
    CaseFileReader files;

    @Autowired
    TaskService taskService;

    private StaffCases cases;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void cases() throws Exception {
        cases = StaffCases.create(rest);
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    private JsonNode get(String user, String path, HttpStatus expected) throws Exception {
        ResponseEntity<String> answer = as(user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path + " → " + answer.getBody()).isEqualTo(expected);
        return JSON.readTree(answer.getBody());
    }

    private List<String> found(String user, String query) throws Exception {
        List<String> numbers = new ArrayList<>();
        get(user, "/api/cases" + query, HttpStatus.OK)
                .get("hits")
                .forEach(h -> numbers.add(h.get("caseNumber").asText()));
        return numbers;
    }

    @Test
    void townshipApproverNeverFindsACountyManagedCase_R13_1() throws Exception {
        assertThat(found("xiangzhen", "")).contains(cases.townshipCase).doesNotContain(cases.countyCase);
        assertThat(found("xiangzhen", "?person=" + StaffCases.COUNTY_PERSON)).isEmpty();
        get("xiangzhen", "/api/cases/" + cases.countyCase, HttpStatus.FORBIDDEN);
        assertThat(found("jiwei", "")).contains(cases.townshipCase, cases.countyCase);
    }

    /** The search's SQL and CaseReadRule (which the case file applies) agree for every demo user and case. */
    @Test
    void searchAndCaseFileApplyTheSameReadRule() throws Exception {
        for (DemoUser user : DemoUser.ALL) {
            List<String> groups = identityService.createGroupQuery().groupMember(user.id()).list().stream()
                    .map(Group::getId)
                    .toList();
            List<String> visible = found(user.id(), "");
            for (String number : List.of(cases.townshipCase, cases.countyCase)) {
                boolean mayRead = CaseReadRule.mayRead(
                        groups,
                        files.access(number, java.util.List.of("pingnan")).orElseThrow());
                assertThat(visible.contains(number))
                        .as(user.id() + " finds " + number)
                        .isEqualTo(mayRead);
                get(user.id(), "/api/cases/" + number, mayRead ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            }
        }
    }

    @Test
    void searchFiltersByNumberPersonUnitFieldGroundStatusAndDate_R2_1() throws Exception {
        assertThat(found("jiwei", "?caseNumber=" + cases.countyCase)).containsExactly(cases.countyCase);
        assertThat(found("jiwei", "?person=P2026001")).containsExactly(cases.townshipCase);
        assertThat(found("jiwei", "?person=张")).containsExactly(cases.townshipCase);
        assertThat(found("jiwei", "?unit=平南县交通")).containsExactly(cases.countyCase);
        assertThat(found("jiwei", "?field=EDUCATION")).containsExactly(cases.countyCase);
        assertThat(found("jiwei", "?ground=5.5")).containsExactly(cases.townshipCase);
        assertThat(found("jiwei", "?status=CLOSED")).containsExactly(cases.townshipCase);
        assertThat(found("jiwei", "?status=OPEN")).containsExactly(cases.countyCase);
        assertThat(found("jiwei", "?from=2026-03-01&to=2026-03-02")).contains(cases.townshipCase);
        assertThat(found("jiwei", "?from=2030-01-01")).isEmpty();
    }

    @Test
    void caseFileTellsTheWholeCaseWithWhoDidWhat_R4_2_R12_5() throws Exception {
        JsonNode file = get("zuzhibu", "/api/cases/" + cases.townshipCase, HttpStatus.OK);
        assertThat(file.get("status").asText()).isEqualTo("CLOSED");
        assertThat(file.toString()).contains("5.5 ", "村道硬化项目未达标即通过验收", "批准", "2026-03-02");
        JsonNode track = file.get("tracks").get(0);
        assertThat(track.get("personId").asText()).isEqualTo("P2026001");
        assertThat(track.get("restrictions").get(0).get("type").asText()).isEqualTo("AWARD_INELIGIBLE");
        assertThat(track.get("decisionDocument").asText())
                .isEqualTo("/api/cases/" + cases.townshipCase + "/decisions/P2026001.pdf");
        assertThat(file.get("timeline").toString()).contains("审批问责决定", "xiangzhen", "shouli");
        // the organization department had no task in the open county case
        get("zuzhibu", "/api/cases/" + cases.countyCase, HttpStatus.FORBIDDEN);
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(get("jiwei", "/api/cases?from=2026-13-01", HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asText())
                .isEqualTo("from");
        assertThat(get("jiwei", "/api/cases?person=P20%2326", HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asText())
                .isEqualTo("person");
        assertThat(get("jiwei", "/api/cases?status=DONE", HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asText())
                .isEqualTo("status");
        assertThat(get("jiwei", "/api/cases?page=x", HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asText())
                .isEqualTo("page");
        assertThat(get("jiwei", "/api/cases/PN-26-1", HttpStatus.BAD_REQUEST)
                        .get("field")
                        .asText())
                .isEqualTo("caseNumber");
        assertThat(get("jiwei", "/api/cases/PN-2026-9999", HttpStatus.NOT_FOUND)
                        .get("error")
                        .asText())
                .contains("PN-2026-9999");
    }

    private HttpResponse<String> page(String cookies, String method, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String session(String user) {
        WebappLogin.Session session = new WebappLogin(rest).session(user, PASSWORD, "welcome");
        assertThat(session.status().is2xxSuccessful()).isTrue();
        return session.cookieHeader();
    }

    @Test
    void pagesUseTheWebappSignInAndSendOthersToTheLogin() throws Exception {
        HttpResponse<String> anonymous = page(null, "GET", "/staff/cases", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow())
                .endsWith("/camunda/app/welcome/default/#!/login");

        String xiangzhen = session("xiangzhen");
        HttpResponse<String> home = page(xiangzhen, "GET", "/staff/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("工作台", "xiangzhen")
                .doesNotContain("影响期登记</a>")
                .doesNotContain("问责统计</a>");
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
        // issue 13: the statistics page is offered to exactly the groups its API allows
        assertThat(page(session("jiwei"), "GET", "/staff/", null).body()).contains("href=\"/statistics\">问责统计</a>");
        HttpResponse<String> refused = page(xiangzhen, "GET", "/staff/cases/" + cases.countyCase, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("无权查看案件 " + cases.countyCase);
        HttpResponse<String> register = page(xiangzhen, "GET", "/staff/register", null);
        assertThat(register.statusCode()).isEqualTo(403);
        assertThat(register.body()).contains("影响期登记簿仅供");
    }

    @Test
    void homeCountsGroupTasksAndListsThoseDueWithinSevenDaysWithALinkIntoTasklist() throws Exception {
        Task verify = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(cases.countyCase)
                .singleResult();
        verify.setDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))));
        taskService.saveTask(verify);

        HttpResponse<String> home = page(session("diaocha"), "GET", "/staff/", null);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("初步核实线索", cases.countyCase, "即将到期")
                .contains("/camunda/app/tasklist/default/#/?task=" + verify.getId())
                .containsPattern("id=\"count-group\">[1-9]");
    }

    @Test
    void badInputOnAPageIsAChineseMessageAndA400() throws Exception {
        String jiwei = session("jiwei");
        HttpResponse<String> badDate = page(jiwei, "GET", "/staff/cases?from=2026-02-30", null);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("不是有效日期").doesNotContain("Exception", "at cn.");
        HttpResponse<String> badNumber = page(jiwei, "GET", "/staff/cases/PN-2026-99999", null);
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(badNumber.body()).contains("格式应为 PN-年份-四位序号");
        HttpResponse<String> unknown = page(jiwei, "GET", "/staff/cases/PN-2026-9999", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("未找到案件 PN-2026-9999");
    }

    @Test
    void eligibilityCheckNeedsTheFormTokenAndAnswersInWords_R12_5() throws Exception {
        String zuzhibu = session("zuzhibu");
        String form = "personId=P2026001&action=AWARD&date=2026-06-01";
        HttpResponse<String> forged = page(zuzhibu, "POST", "/staff/register/check", form);
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> registerPage = page(zuzhibu, "GET", "/staff/register?person=P2026001", null);
        assertThat(registerPage.statusCode()).isEqualTo(200);
        assertThat(registerPage.body()).contains("取消当年评优评先资格", cases.townshipCase);
        String token = registerPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]+)\".*", "$1");
        HttpResponse<String> answer = page(zuzhibu, "POST", "/staff/register/check", form + "&_csrf=" + token);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("2026-12-31 前不得评优评先");

        HttpResponse<String> wrongShape = page(
                zuzhibu,
                "POST",
                "/staff/register/check",
                "personId=P20%2326&action=AWARD&date=2026-06-01&_csrf=" + token);
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(wrongShape.body()).contains("格式不正确");

        HttpResponse<String> csv = page(zuzhibu, "GET", "/staff/register.csv?person=P2026001", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF姓名,身份标识").contains("P2026001", "AWARD_INELIGIBLE", "2027-01-01");
    }
}
