package cn.gov.pingnan.accountability.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.security.WebappLogin;
import cn.gov.pingnan.accountability.workflow.WalkthroughRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The statistics over HTTP: a whole case (the walkthrough) is counted in every dimension, the figures are the same
 * after the read model is rebuilt from the history (a database from before the statistics), aggregates and median
 * over recorded facts, the API's 401/403/400 and the page's sign-in, refusal and exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("processtest")
class StatisticsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YEAR_2026 = "/api/statistics?from=2026-01-01&to=2026-12-31";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    StatisticsWriter writer;

    @Autowired
    StatisticsBackfill backfill;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GroundsCatalogue grounds;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void wholeCaseIsCountedByFieldGroundMeasureLevelAndRoute_andAgainAfterRebuildFromHistory_R2_1_R5_R10_R11_R13_1()
            throws Exception {
        new WalkthroughRun(rest).runCase();
        JsonNode live = get("jiwei", YEAR_2026);
        assertThat(live.get("casesOpened").asLong()).isEqualTo(1);
        assertThat(live.get("casesClosed").asLong()).isEqualTo(1);
        assertThat(live.get("respondentsDecided").asLong()).isEqualTo(1);
        assertThat(count(live, "byField", "INFRASTRUCTURE")).isEqualTo(1);
        assertThat(count(live, "byField", "INDUSTRY")).isZero();
        assertThat(count(live, "byGround", "5.5")).isEqualTo(1);
        assertThat(count(live, "byMeasure", "CRITICISM_EDUCATION")).isEqualTo(1);
        assertThat(count(live, "byManagementLevel", "TOWNSHIP")).isEqualTo(1);
        assertThat(count(live, "byReferralRoute", "DELIVER_DECISION")).isEqualTo(1);
        // the walkthrough's intake and approval are on the same day (2026-03-02)
        assertThat(live.get("medianDaysToDecision").asDouble()).isZero();
        assertThat(label(live, "byField", "INFRASTRUCTURE")).isEqualTo("基础设施建设");
        assertThat(label(live, "byMeasure", "CRITICISM_EDUCATION")).isEqualTo("批评教育");

        JsonNode before = get("shenli", "/api/statistics?from=2025-01-01&to=2026-03-01");
        assertThat(before.get("casesOpened").asLong()).isZero();
        assertThat(before.get("respondentsDecided").asLong()).isZero();

        // a database from before the statistics: the read model is rebuilt from the engine's history at start
        jdbc.update("DELETE FROM acc_stat_case_ground");
        jdbc.update("DELETE FROM acc_stat_case");
        jdbc.update("DELETE FROM acc_stat_respondent");
        assertThat(get("admin", YEAR_2026).get("casesOpened").asLong()).isZero();
        assertThat(backfill.recordEarlierInstances()).isEqualTo(2);
        assertThat(get("admin", YEAR_2026)).isEqualTo(live);
        assertThat(backfill.recordEarlierInstances())
                .as("nothing is recorded twice")
                .isZero();
    }

    @Test
    void respondentsCountUnderEachGroundOfTheirCase_medianOverDecidedOnes_appealOutcomes_R5_R6_R8() throws Exception {
        LocalDate opened = LocalDate.of(2019, 1, 10);
        writer.recordCase(new StatisticsWriter.CaseFacts(
                "c-1", "PN-2019-0001", "EDUCATION", List.of("5.1", "6.1", " 5.1 "), opened, null));
        writer.recordCase(
                new StatisticsWriter.CaseFacts("c-2", "PN-2019-0002", "HEALTH", List.of("7.2"), opened, null));
        writer.recordCase(new StatisticsWriter.CaseFacts(
                "c-2", "PN-2019-0002", "HEALTH", List.of("7.2"), opened, LocalDate.of(2019, 6, 1)));
        writer.recordRespondent(
                new StatisticsWriter.RespondentFacts("t-1", "c-1", "COUNTY", "REMOVAL", null, opened.plusDays(3)));
        writer.recordRespondent(
                new StatisticsWriter.RespondentFacts("t-2", "c-1", "UNIT", "REASSIGNMENT", null, opened.plusDays(10)));
        // the route is set after the decision: the decision day stays
        writer.recordRespondent(new StatisticsWriter.RespondentFacts(
                "t-2", "c-1", "UNIT", "REASSIGNMENT", "RECOMMEND_TO_EMPLOYER", null));
        writer.recordRespondent(new StatisticsWriter.RespondentFacts(
                "t-3", "c-2", null, "ADMONISHMENT_TALK", null, opened.plusDays(40)));
        // rejected or still under review: not decided, not counted
        writer.recordRespondent(new StatisticsWriter.RespondentFacts("t-4", "c-2", "UNIT", null, null, null));
        writer.recordAppeal(new StatisticsWriter.AppealFacts("a-1", LocalDate.of(2019, 3, 1), null, null));
        writer.recordAppeal(
                new StatisticsWriter.AppealFacts("a-1", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 20), "UPHOLD"));
        writer.recordAppeal(
                new StatisticsWriter.AppealFacts("a-2", LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 2), null));
        writer.recordAppeal(new StatisticsWriter.AppealFacts("a-3", LocalDate.of(2019, 5, 1), null, null));

        JsonNode s = get("shenli", "/api/statistics?from=2019-01-01&to=2019-12-31");
        assertThat(s.get("casesOpened").asLong()).isEqualTo(2);
        assertThat(s.get("casesClosed").asLong()).isEqualTo(1);
        assertThat(s.get("respondentsDecided").asLong()).isEqualTo(3);
        assertThat(count(s, "byGround", "5.1")).isEqualTo(2);
        assertThat(count(s, "byGround", "6.1")).isEqualTo(2);
        assertThat(count(s, "byGround", "7.2")).isEqualTo(1);
        assertThat(count(s, "byField", "EDUCATION")).isEqualTo(2);
        assertThat(count(s, "byManagementLevel", "NOT_RECORDED")).isEqualTo(1);
        assertThat(label(s, "byManagementLevel", "NOT_RECORDED")).isEqualTo("未记录");
        assertThat(count(s, "byReferralRoute", "RECOMMEND_TO_EMPLOYER")).isEqualTo(1);
        assertThat(s.get("medianDaysToDecision").asDouble()).isEqualTo(10.0);
        assertThat(s.get("appealsFiled").asLong()).isEqualTo(3);
        assertThat(count(s, "appealOutcomes", "UPHOLD")).isEqualTo(1);
        assertThat(count(s, "appealOutcomes", "REFUSED")).isEqualTo(1);
        assertThat(count(s, "appealOutcomes", "REVOKE")).isZero();
        // every item of the catalogue is listed, so charts keep their axes
        assertThat(s.get("byGround").size()).isEqualTo(grounds.all().size());

        JsonNode january = get("admin", "/api/statistics?from=2019-01-01&to=2019-01-31");
        assertThat(january.get("respondentsDecided").asLong()).isEqualTo(2);
        assertThat(january.get("medianDaysToDecision").asDouble()).isEqualTo(6.5);
        assertThat(get("admin", "/api/statistics?from=2018-01-01&to=2018-12-31")
                        .get("medianDaysToDecision")
                        .isNull())
                .isTrue();
    }

    @Test
    void apiAnswers401WithoutCredentials_403ToOtherGroups_400NamingTheBadDate() throws Exception {
        assertThat(rest.getForEntity(YEAR_2026, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : List.of("shouli", "diaocha", "zuzhibu", "xiangzhen")) {
            assertThat(rest.withBasicAuth(user, "demo")
                            .getForEntity(YEAR_2026, String.class)
                            .getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertBadRequest("/api/statistics?from=2026-13-01&to=2026-12-31", "from");
        assertBadRequest("/api/statistics?from=2026-01-01", "to");
        assertBadRequest("/api/statistics?from=2026-12-31&to=2026-01-01", "from");
        assertBadRequest("/api/statistics?from=2026-01-01&to=tomorrow", "to");
    }

    @Test
    void pageNeedsTheWebappSignIn_refusesOtherGroups_exportsSpreadsheetAndCsv() throws Exception {
        // java.net.http follows no redirect: the answer itself is seen
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/statistics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow())
                .endsWith("/camunda/app/welcome/default/#!/login");

        ResponseEntity<String> refused = page(session("zuzhibu"), "/statistics", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("统计仅供县纪委监委领导、案件审理人员和系统管理员查看");

        String jiwei = session("jiwei");
        ResponseEntity<String> html = page(jiwei, "/statistics?from=2026-01-01&to=2026-12-31", String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(html.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(html.getBody()).contains("问责统计", "新受理案件", "按问责方式（第十条）", "export.xlsx?from=2026-01-01");

        ResponseEntity<String> bad = page(jiwei, "/statistics?from=2026-02-30&to=2026-12-31", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("起始日期格式应为 年-月-日");
        assertThat(page(jiwei, "/statistics/export.csv?from=2026-01-01", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<byte[]> xlsx =
                page(jiwei, "/statistics/export.xlsx?from=2026-01-01&to=2026-12-31", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("问责统计_2026-01-01_2026-12-31.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(book.getSheet("统计").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("新受理案件");
        }
        ResponseEntity<byte[]> csv = page(jiwei, "/statistics/export.csv?from=2026-01-01&to=2026-12-31", byte[].class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(rest.getForEntity("/statistics/export.csv?from=2026-01-01&to=2026-12-31", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(answer.getBody());
    }

    private void assertBadRequest(String path, String field) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth("jiwei", "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = JSON.readTree(answer.getBody());
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("error").asText()).contains(field).doesNotContain("Exception");
    }

    private static long count(JsonNode statistics, String dimension, String code) {
        return entry(statistics, dimension, code).get("count").asLong();
    }

    private static String label(JsonNode statistics, String dimension, String code) {
        return entry(statistics, dimension, code).get("label").asText();
    }

    private static JsonNode entry(JsonNode statistics, String dimension, String code) {
        return StreamSupport.stream(statistics.get(dimension).spliterator(), false)
                .filter(c -> code.equals(c.get("code").asText()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError(dimension + " has no " + code + ": " + statistics.get(dimension)));
    }

    /** Logs in to the welcome page as the browser does; returns the Cookie header of the signed-in session. */
    private String session(String user) {
        return new WebappLogin(rest).sessionCookie(user, "demo", "welcome");
    }

    private <T> ResponseEntity<T> page(String cookie, String path, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }
}
