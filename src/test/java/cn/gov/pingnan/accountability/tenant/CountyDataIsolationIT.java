package cn.gov.pingnan.accountability.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.security.WebappLogin;
import cn.gov.pingnan.accountability.statistics.StatisticsWriter;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14: a user of one county gets 404 or nothing, never data, for the other county's register rows,
 * eligibility answer, cases, case file, decision PDF and statistics, through our API and the staff pages; a prefecture
 * reader sees both counties and writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {
            // the contract's user ids with a hyphen (gn-zuzhibu); also a context (and database) of its own
            "camunda.bpm.generic-properties.properties.userResourceWhitelistPattern=[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"
        })
class CountyDataIsolationIT extends AbstractWebAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    RestrictionRegister register;

    @Autowired
    StatisticsWriter statistics;

    private CountyData data;

    @BeforeAll
    void counties() {
        data = CountyData.create(identity, authorizations, repository, runtime, tasks, register, statistics);
    }

    private ResponseEntity<String> get(String user, String path) {
        return as(user).getForEntity(path, String.class);
    }

    private JsonNode ok(String user, String path) throws Exception {
        ResponseEntity<String> answer = get(user, path);
        assertThat(answer.getStatusCode())
                .as(user + " " + path + " → " + answer.getBody())
                .isEqualTo(HttpStatus.OK);
        return JSON.readTree(answer.getBody());
    }

    private void notFound(String user, String path) {
        ResponseEntity<String> answer = get(user, path);
        assertThat(answer.getStatusCode())
                .as(user + " " + path + " → " + answer.getBody())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody()).doesNotContain(CountyData.GANGNAN_PERSON, CountyData.PINGNAN_PERSON, "港一", "屏一");
    }

    private List<String> caseNumbersOf(String user) throws Exception {
        List<String> numbers = new ArrayList<>();
        ok(user, "/api/cases")
                .get("hits")
                .forEach(h -> numbers.add(h.get("caseNumber").asText()));
        return numbers;
    }

    private List<String> registerCasesOf(String user, String personId) throws Exception {
        List<String> cases = new ArrayList<>();
        ok(user, "/api/restrictions?personId=" + personId)
                .get("restrictions")
                .forEach(r -> cases.add(r.get("caseBusinessKey").asText()));
        return cases;
    }

    private String page(String user, String path, HttpStatus expected) {
        String cookie = new WebappLogin(rest).sessionCookie(user, PASSWORD, "tasklist");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(expected);
        return answer.getBody() == null ? "" : answer.getBody();
    }

    @Test
    void registerRowsAndEligibilityOfAnotherCountyNeverAnswer_R14_R12_5() throws Exception {
        // the shared person is barred from promotion in pingnan only; gangnan holds an award restriction for him
        assertThat(registerCasesOf("gn-zuzhibu", CountyData.SHARED_PERSON)).containsExactly(data.gangnanCase);
        assertThat(registerCasesOf("zuzhibu", CountyData.SHARED_PERSON)).containsExactly(data.pingnanCase);
        assertThat(registerCasesOf("gn-zuzhibu", CountyData.PINGNAN_PERSON)).isEmpty();
        assertThat(registerCasesOf("zuzhibu", CountyData.GANGNAN_PERSON)).isEmpty();

        String promotion = "/api/restrictions/check?action=PROMOTION&date=2026-06-01&personId=";
        assertThat(ok("gn-zuzhibu", promotion + CountyData.SHARED_PERSON)
                        .get("allowed")
                        .asBoolean())
                .isTrue();
        assertThat(ok("gn-zuzhibu", promotion + CountyData.PINGNAN_PERSON)
                        .get("allowed")
                        .asBoolean())
                .isTrue();
        assertThat(ok("zuzhibu", promotion + CountyData.SHARED_PERSON)
                        .get("allowed")
                        .asBoolean())
                .isFalse();
        assertThat(ok("zuzhibu", promotion + CountyData.GANGNAN_PERSON)
                        .get("allowed")
                        .asBoolean())
                .isTrue();
        assertThat(ok("gn-zuzhibu", promotion + CountyData.GANGNAN_PERSON)
                        .get("allowed")
                        .asBoolean())
                .isFalse();

        JsonNode history = ok("gn-zuzhibu", "/api/restrictions/history?personId=" + CountyData.SHARED_PERSON);
        assertThat(history.get("changes")).hasSize(1);
        assertThat(history.toString()).contains(data.gangnanCase).doesNotContain("NO_PROMOTION");
    }

    @Test
    void registerPageShowsOnlyTheUsersCounty_R14() {
        String gangnan = page("gn-zuzhibu", "/staff/register?person=" + CountyData.PINGNAN_PERSON, HttpStatus.OK);
        assertThat(gangnan).doesNotContain("屏一", "平南县交通运输局");
        String byName = page("gn-zuzhibu", "/staff/register?person=屏", HttpStatus.OK);
        assertThat(byName).doesNotContain("屏一", CountyData.PINGNAN_PERSON);
        String shared = page("gn-zuzhibu", "/staff/register?person=" + CountyData.SHARED_PERSON, HttpStatus.OK);
        assertThat(shared).contains("港南区水利局").doesNotContain("平南县水利局");
        String pingnan = page("zuzhibu", "/staff/register?person=" + CountyData.PINGNAN_PERSON, HttpStatus.OK);
        assertThat(pingnan).contains("屏一");
        assertThat(page("zuzhibu", "/staff/register?person=" + CountyData.GANGNAN_PERSON, HttpStatus.OK))
                .doesNotContain("港一");
    }

    @Test
    void caseOfAnotherCountyIsUnknown_R14() throws Exception {
        assertThat(caseNumbersOf("gn-jiwei")).contains(data.gangnanCase).doesNotContain(data.pingnanCase);
        assertThat(caseNumbersOf("jiwei")).contains(data.pingnanCase).doesNotContain(data.gangnanCase);
        assertThat(ok("gn-jiwei", "/api/cases?caseNumber=" + data.pingnanCase)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(ok("gn-jiwei", "/api/cases?person=" + CountyData.PINGNAN_PERSON)
                        .get("total")
                        .asLong())
                .isZero();

        assertThat(ok("gn-jiwei", "/api/cases/" + data.gangnanCase)
                        .get("caseNumber")
                        .asText())
                .isEqualTo(data.gangnanCase);
        notFound("gn-jiwei", "/api/cases/" + data.pingnanCase);
        notFound("gn-zuzhibu", "/api/cases/" + data.pingnanCase);
        notFound("jiwei", "/api/cases/" + data.gangnanCase);
        // exactly like a number never given
        ResponseEntity<String> unknown = get("gn-jiwei", "/api/cases/PN-2026-9999");
        ResponseEntity<String> other = get("gn-jiwei", "/api/cases/" + data.pingnanCase);
        assertThat(other.getStatusCode()).isEqualTo(unknown.getStatusCode());
        assertThat(other.getBody()).isEqualTo(unknown.getBody().replace("PN-2026-9999", data.pingnanCase));

        page("gn-jiwei", "/staff/cases/" + data.pingnanCase, HttpStatus.NOT_FOUND);
        assertThat(page("gn-jiwei", "/staff/cases/" + data.gangnanCase, HttpStatus.OK))
                .contains(data.gangnanCase);
        assertThat(page("gn-jiwei", "/staff/cases", HttpStatus.OK))
                .contains(data.gangnanCase)
                .doesNotContain(data.pingnanCase);
    }

    @Test
    void decisionPdfOfAnotherCountyIsNotFound_R14() {
        String own = "/api/cases/" + data.gangnanCase + "/decisions/" + CountyData.GANGNAN_PERSON + ".pdf";
        ResponseEntity<byte[]> pdf = as("gn-jiwei").getForEntity(own, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getBody()).isEqualTo(CountyData.PDF);

        String foreign = "/api/cases/" + data.pingnanCase + "/decisions/" + CountyData.PINGNAN_PERSON + ".pdf";
        ResponseEntity<byte[]> refused = as("gn-jiwei").getForEntity(foreign, byte[].class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody()).isNotEqualTo(CountyData.PDF);
        notFound("gn-jiwei", foreign.replace(".pdf", "/versions"));
        assertThat(as("jiwei").getForEntity(foreign, byte[].class).getBody()).isEqualTo(CountyData.PDF);
        assertThat(as("jiwei").getForEntity(own, byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void statisticsCountOnlyTheUsersCounty_R14() throws Exception {
        String year = "/api/statistics?from=2019-01-01&to=2019-12-31";
        assertThat(ok("gn-jiwei", year).get("casesOpened").asLong()).isEqualTo(2);
        assertThat(ok("gn-jiwei", year).get("appealsFiled").asLong()).isEqualTo(1);
        assertThat(ok("gn-jiwei", year + "&county=gangnan")
                        .get("respondentsDecided")
                        .asLong())
                .isEqualTo(2);
        assertThat(ok("jiwei", year).get("casesOpened").asLong()).isEqualTo(1);
        assertThat(ok("jiwei", year).get("appealsFiled").asLong()).isZero();
        ResponseEntity<String> foreign = get("gn-jiwei", year + "&county=pingnan");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(JSON.readTree(foreign.getBody()).get("error").asText()).isNotBlank();
        assertThat(get("jiwei", year + "&county=gangnan").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("jiwei", year + "&county=nowhere").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        page("gn-jiwei", "/statistics?from=2019-01-01&to=2019-12-31&county=pingnan", HttpStatus.NOT_FOUND);
        String own = page("gn-jiwei", "/statistics?from=2019-01-01&to=2019-12-31", HttpStatus.OK);
        assertThat(own).contains("港南区").doesNotContain("name=\"county\"");
    }

    @Test
    void countyNamesListOnlyTheCountiesTheUserReads() throws Exception {
        // Tasklist's county-names.js shows these names in place of the tenant id
        JsonNode gangnan = ok("gn-jiwei", "/api/counties");
        assertThat(gangnan).hasSize(1);
        assertThat(gangnan.get(0).get("id").asText()).isEqualTo(CountyData.GANGNAN);
        assertThat(gangnan.get(0).get("nameZh").asText()).isEqualTo("港南区");
        assertThat(gangnan.get(0).get("prefix").asText()).isEqualTo("GN");
        List<String> prefecture = new ArrayList<>();
        ok(CountyData.GUIGANG, "/api/counties")
                .forEach(c -> prefecture.add(c.get("nameZh").asText()));
        assertThat(prefecture).containsExactly("平南县", "港南区");
    }

    @Test
    void prefectureReaderReadsEveryCountyAndWritesNothing_R14() throws Exception {
        assertThat(caseNumbersOf(CountyData.GUIGANG)).contains(data.pingnanCase, data.gangnanCase);
        ok(CountyData.GUIGANG, "/api/cases/" + data.pingnanCase);
        ok(CountyData.GUIGANG, "/api/cases/" + data.gangnanCase);
        assertThat(registerCasesOf(CountyData.GUIGANG, CountyData.SHARED_PERSON))
                .containsExactlyInAnyOrder(data.pingnanCase, data.gangnanCase);
        String year = "/api/statistics?from=2019-01-01&to=2019-12-31";
        assertThat(ok(CountyData.GUIGANG, year).get("casesOpened").asLong()).isEqualTo(3);
        assertThat(ok(CountyData.GUIGANG, year + "&county=pingnan")
                        .get("casesOpened")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(CountyData.GUIGANG, year + "&county=gangnan")
                        .get("casesOpened")
                        .asLong())
                .isEqualTo(2);
        assertThat(page(CountyData.GUIGANG, "/statistics?from=2019-01-01&to=2019-12-31", HttpStatus.OK))
                .contains("name=\"county\"", "平南县", "港南区");
        assertThat(page(CountyData.GUIGANG, "/staff/cases/" + data.gangnanCase, HttpStatus.OK))
                .contains(data.gangnanCase);

        // no write: an operator's action, a case start and a task completion are refused
        assertThat(as(CountyData.GUIGANG)
                        .postForEntity("/api/operations/backup", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> start = as(CountyData.GUIGANG)
                .postForEntity(
                        "/engine-rest/process-definition/key/accountability-case/tenant-id/gangnan/start",
                        new HttpEntity<>("{}", json),
                        String.class);
        assertThat(start.getStatusCode().is4xxClientError()).as(start.getBody()).isTrue();
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(data.gangnanCase)
                .processDefinitionKey(ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                .singleResult()
                .getId();
        ResponseEntity<String> complete = as(CountyData.GUIGANG)
                .postForEntity("/engine-rest/task/" + taskId + "/complete", new HttpEntity<>("{}", json), String.class);
        assertThat(complete.getStatusCode().is4xxClientError())
                .as(complete.getBody())
                .isTrue();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }
}
