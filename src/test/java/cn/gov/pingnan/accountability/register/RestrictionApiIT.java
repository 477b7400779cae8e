package cn.gov.pingnan.accountability.register;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/** over HTTP: preview, list and check, with their 200/400/401/403 answers. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // REGISTER_IT_DB_URL (+ SPRING_DATASOURCE_USERNAME/PASSWORD) runs the same tests on PostgreSQL
            "spring.datasource.url=${REGISTER_IT_DB_URL:jdbc:h2:mem:register-${random.uuid};DB_CLOSE_DELAY=-1}",
            "camunda.bpm.job-execution.enabled=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class RestrictionApiIT {

    private static final String ISSUE_EXAMPLE = """
      {"measure":"REMOVAL","effectiveDate":"2026-03-01",
       "disciplines":[{"type":"GOV_DEMERIT","effectiveDate":"2026-03-01"}]}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private RestrictionRegister register;

    @Autowired
    private JdbcTemplate jdbc;

    /** Removed from post on 2026-03-01, recorded as the workflow would. */
    private final String removed = "P-" + UUID.randomUUID();
    /** Reassigned on 2026-03-01. */
    private final String reassigned = "P-" + UUID.randomUUID();

    @BeforeAll
    void recordRestrictions() {
        RestrictionCalculator calculator = RestrictionCalculator.withDefaultCatalogue();
        LocalDate effective = LocalDate.of(2026, 3, 1);
        register.record(
                "PN-2026-0001",
                new RestrictedPerson(removed, "张某", "某乡镇"),
                calculator.compute(Measure.REMOVAL, effective, List.of()),
                "jiwei");
        register.record(
                "PN-2026-0002",
                new RestrictedPerson(reassigned, "李某", "某局"),
                calculator.compute(Measure.REASSIGNMENT, effective, List.of()),
                "jiwei");
    }

    // --- preview ---

    @Test
    void preview_issueExample_removalWithDemerit_R12_3_R12_4() throws Exception {
        long before = rows();
        ResponseEntity<String> response = post("zuzhibu", ISSUE_EXAMPLE);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode restrictions = json(response).get("restrictions");
        assertThat(restrictions).hasSize(3);
        assertRestriction(restrictions.get(0), "AWARD_INELIGIBLE", "2026-03-01", "2027-01-01", "R-12.1");
        assertRestriction(restrictions.get(1), "NO_POST", "2026-03-01", "2027-03-01", "R-12.3");
        // the 12-month demerit ends before the 24 months of, so R-12.3's end stands
        assertRestriction(restrictions.get(2), "NO_HIGHER_POST", "2026-03-01", "2028-03-01", "R-12.3, R-12.4");
        assertThat(restrictions.get(1).get("labelZh").asText()).isEqualTo("不安排职务");
        assertThat(rows()).as("preview stores nothing").isEqualTo(before);
    }

    @Test
    void preview_withoutDisciplines_reassignmentBarsPromotionOneYear_R12_2() throws Exception {
        ResponseEntity<String> response =
                post("jiwei", "{\"measure\":\"REASSIGNMENT\",\"effectiveDate\":\"2026-03-31\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode restrictions = json(response).get("restrictions");
        assertThat(restrictions).hasSize(2);
        assertRestriction(restrictions.get(0), "AWARD_INELIGIBLE", "2026-03-31", "2027-01-01", "R-12.1");
        assertRestriction(restrictions.get(1), "NO_PROMOTION", "2026-03-31", "2027-03-31", "R-12.2");
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"measure\":\"DEMOTION\",\"effectiveDate\":\"2026-03-01\"}                                  | measure",
                "{\"effectiveDate\":\"2026-03-01\"}                                                            | measure",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-02-30\"}                                   | effectiveDate",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"01.03.2026\"}                                   | effectiveDate",
                "{\"measure\":\"REMOVAL\"}                                                                     | effectiveDate",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-03-01\",\"disciplines\":[{\"type\":\"GOV_FINE\",\"effectiveDate\":\"2026-03-01\"}]} | disciplines[0].type",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-03-01\",\"disciplines\":[{\"effectiveDate\":\"2026-03-01\"}]}                     | disciplines[0].type",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-03-01\",\"disciplines\":[{\"type\":\"GOV_WARNING\",\"effectiveDate\":\"2026-03-01\"},{\"type\":\"GOV_DEMERIT\",\"effectiveDate\":\"2026-13-01\"}]} | disciplines[1].effectiveDate",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-03-01\",\"disciplines\":[{\"type\":\"GOV_DEMERIT\"}]}                              | disciplines[0].effectiveDate",
                "{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-03-01\",\"disciplines\":[null]}                                                    | disciplines[0]"
            })
    void preview_badInput_400NamesTheField_storesNothing(String body, String field) throws Exception {
        long before = rows();
        ResponseEntity<String> response = post("zuzhibu", body);

        assertBadRequest(response, field);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void preview_bodyNotJson_400() throws Exception {
        ResponseEntity<String> response = post("zuzhibu", "{\"measure\":");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertNoInternals(response);
    }

    // --- list ---

    @Test
    void list_returnsEveryRowOfThePerson_withAllFields() throws Exception {
        ResponseEntity<String> response = get("zuzhibu", "/api/restrictions?personId=" + removed);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode restrictions = json(response).get("restrictions");
        assertThat(restrictions).hasSize(3);
        JsonNode noPost = restrictions.get(1);
        assertThat(noPost.get("id").asLong()).isPositive();
        assertThat(noPost.get("caseBusinessKey").asText()).isEqualTo("PN-2026-0001");
        assertThat(noPost.get("personId").asText()).isEqualTo(removed);
        assertThat(noPost.get("personName").asText()).isEqualTo("张某");
        assertThat(noPost.get("unit").asText()).isEqualTo("某乡镇");
        assertThat(noPost.get("type").asText()).isEqualTo("NO_POST");
        assertThat(noPost.get("from").asText()).isEqualTo("2026-03-01");
        assertThat(noPost.get("until").asText()).isEqualTo("2027-03-01");
        assertThat(noPost.get("basis").asText()).isEqualTo("R-12.3");
        assertThat(noPost.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(noPost.get("createdBy").asText()).isEqualTo("jiwei");
        assertThat(noPost.get("createdAt").asText()).endsWith("Z");
    }

    @Test
    void list_unknownPerson_emptyList() throws Exception {
        ResponseEntity<String> response = get("shenli", "/api/restrictions?personId=nobody-" + UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(response).get("restrictions")).isEmpty();
    }

    @Test
    void list_withoutPersonId_400() throws Exception {
        assertBadRequest(get("zuzhibu", "/api/restrictions"), "personId");
        assertBadRequest(get("zuzhibu", "/api/restrictions?personId="), "personId");
        assertBadRequest(get("zuzhibu", "/api/restrictions?personId={blank}", " "), "personId");
    }

    // --- check ---

    @ParameterizedTest(name = "{0} on {1} → blocked by [{2}]")
    @CsvSource({
        // no post [2026-03-01, 2027-03-01): blocks appointment from the effective day to until-1
        "APPOINTMENT, 2026-02-28, ''",
        "APPOINTMENT, 2026-03-01, NO_POST",
        "APPOINTMENT, 2027-02-28, NO_POST",
        "APPOINTMENT, 2027-03-01, ''",
        // no higher post [2026-03-01, 2028-03-01) also bars promotion
        "PROMOTION, 2026-02-28, ''",
        "PROMOTION, 2026-03-01, NO_POST NO_HIGHER_POST",
        "PROMOTION, 2027-03-01, NO_HIGHER_POST",
        "PROMOTION, 2028-02-29, NO_HIGHER_POST",
        "PROMOTION, 2028-03-01, ''",
        // awards of the effective year
        "AWARD, 2026-03-01, AWARD_INELIGIBLE",
        "AWARD, 2026-12-31, AWARD_INELIGIBLE",
        "AWARD, 2027-01-01, ''"
    })
    void check_removal_boundaryDates_R12_0_R12_3(String action, String date, String blockedBy) throws Exception {
        assertCheck(removed, action, date, blockedBy);
    }

    @ParameterizedTest(name = "{0} on {1} → blocked by [{2}]")
    @CsvSource({
        // reassignment bars promotion, not appointment to a post of the same level
        "PROMOTION, 2026-03-01, NO_PROMOTION",
        "PROMOTION, 2027-02-28, NO_PROMOTION",
        "PROMOTION, 2027-03-01, ''",
        "APPOINTMENT, 2026-03-01, ''"
    })
    void check_reassignment_R12_2(String action, String date, String blockedBy) throws Exception {
        assertCheck(reassigned, action, date, blockedBy);
    }

    @Test
    void check_expiredRowStillBlocksInsideItsPeriod_dateRangeGoverns_R12_5() throws Exception {
        String person = "P-" + UUID.randomUUID();
        List<RegisteredRestriction> recorded = register.record(
                "PN-2026-0003",
                new RestrictedPerson(person, null, null),
                RestrictionCalculator.withDefaultCatalogue()
                        .compute(Measure.REMOVAL, LocalDate.of(2026, 3, 1), List.of()),
                "jiwei");
        recorded.forEach(row -> register.expire(row.id()));

        JsonNode body = json(get("zuzhibu", check(person, "APPOINTMENT", "2026-06-01")));
        assertThat(body.get("allowed").asBoolean()).isFalse();
        assertThat(body.get("blockedBy").get(0).get("status").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void check_blockedRow_carriesTheRegisterFields() throws Exception {
        JsonNode row = json(get("jiwei", check(removed, "APPOINTMENT", "2026-03-01")))
                .get("blockedBy")
                .get(0);

        assertThat(row.get("id").asLong()).isPositive();
        assertThat(row.get("caseBusinessKey").asText()).isEqualTo("PN-2026-0001");
        assertThat(row.get("personId").asText()).isEqualTo(removed);
        assertThat(row.get("basis").asText()).isEqualTo("R-12.3");
        assertThat(row.get("status").asText()).isEqualTo("ACTIVE");
    }

    @ParameterizedTest(name = "{0} → 400 on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "action=PROMOTION&date=2026-03-01                 | personId",
                "personId=&action=PROMOTION&date=2026-03-01       | personId",
                "personId=X&date=2026-03-01                       | action",
                "personId=X&action=DISMISSAL&date=2026-03-01      | action",
                "personId=X&action=promotion&date=2026-03-01      | action",
                "personId=X&action=PROMOTION                      | date",
                "personId=X&action=PROMOTION&date=2026-02-29      | date",
                "personId=X&action=PROMOTION&date=tomorrow        | date"
            })
    void check_badInput_400NamesTheField(String query, String field) throws Exception {
        assertBadRequest(get("zuzhibu", "/api/restrictions/check?" + query), field);
    }

    // --- who may read ---

    @ParameterizedTest
    @ValueSource(strings = {"zuzhibu", "jiwei", "shenli", "admin"})
    void everyEndpoint_readableByOrganizationDeptLeadersReviewersAdmin(String user) {
        assertThat(get(user, "/api/restrictions?personId=" + removed).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get(user, check(removed, "PROMOTION", "2026-03-01")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post(user, ISSUE_EXAMPLE).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"diaocha", "shouli", "xianwei"})
    void everyEndpoint_forbiddenToOtherGroups_403(String user) throws Exception {
        for (ResponseEntity<String> response : List.of(
                get(user, "/api/restrictions?personId=" + removed),
                get(user, check(removed, "PROMOTION", "2026-03-01")),
                post(user, ISSUE_EXAMPLE))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(json(response).get("error").asText()).startsWith("Forbidden");
            assertThat(response.getBody()).doesNotContain(removed);
        }
    }

    @Test
    void everyEndpoint_withoutCredentials_401() throws Exception {
        for (ResponseEntity<String> response : List.of(
                rest.getForEntity("/api/restrictions?personId=" + removed, String.class),
                rest.getForEntity(check(removed, "PROMOTION", "2026-03-01"), String.class),
                rest.exchange("/api/restrictions/preview", HttpMethod.POST, jsonBody(ISSUE_EXAMPLE), String.class))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .startsWith("Basic");
            assertThat(json(response).get("error").asText()).isEqualTo("Authentication required");
        }
    }

    @Test
    void unknownUser_401() {
        // an unknown account: a wrong password for a demo user would start the engine's login throttling
        ResponseEntity<String> response = rest.withBasicAuth("intruder", "demo")
                .getForEntity("/api/restrictions?personId=" + removed, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- audit log ---

    @Test
    void listAndCheck_areLoggedWithCallerAndMaskedPersonId(CapturedOutput output) {
        String person = "452123199001011234";
        assertThat(get("zuzhibu", "/api/restrictions?personId=" + person).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("shenli", check(person, "PROMOTION", "2026-06-01")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(output.getOut())
                .contains("Restriction register listed for person id **************1234 by zuzhibu")
                .contains(
                        "Restriction check PROMOTION on 2026-06-01 for person id **************1234 by shenli: allowed")
                .doesNotContain(person);
    }

    // --- helpers ---

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM acc_restriction", Long.class);
    }

    private ResponseEntity<String> get(String user, String uri, Object... uriVariables) {
        return rest.withBasicAuth(user, "demo").getForEntity(uri, String.class, uriVariables);
    }

    private ResponseEntity<String> post(String user, String body) {
        return rest.withBasicAuth(user, "demo")
                .exchange("/api/restrictions/preview", HttpMethod.POST, jsonBody(body), String.class);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String check(String personId, String action, String date) {
        return UriComponentsBuilder.fromPath("/api/restrictions/check")
                .queryParam("personId", personId)
                .queryParam("action", action)
                .queryParam("date", date)
                .toUriString();
    }

    private void assertCheck(String person, String action, String date, String blockedBy) throws Exception {
        ResponseEntity<String> response = get("zuzhibu", check(person, action, date));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json(response);
        List<String> types = new ArrayList<>();
        body.get("blockedBy").forEach(row -> types.add(row.get("type").asText()));
        List<String> expected = blockedBy.isBlank() ? List.of() : List.of(blockedBy.split(" "));
        assertThat(types).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(body.get("allowed").asBoolean()).isEqualTo(expected.isEmpty());
    }

    private static void assertRestriction(JsonNode node, String type, String from, String until, String basis) {
        assertThat(node.get("type").asText()).isEqualTo(type);
        assertThat(node.get("from").asText()).isEqualTo(from);
        assertThat(node.get("until").asText()).isEqualTo(until);
        assertThat(node.get("basis").asText()).isEqualTo(basis);
    }

    private static void assertBadRequest(ResponseEntity<String> response, String field) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json(response);
        assertThat(body.get("field").asText()).isEqualTo(field);
        assertThat(body.get("error").asText()).isNotBlank();
        assertNoInternals(response);
    }

    private static void assertNoInternals(ResponseEntity<String> response) throws Exception {
        List<String> keys = new ArrayList<>();
        json(response).fieldNames().forEachRemaining(keys::add);
        // the RFC 9457 members of a problem, and ours; nothing else (no exception, trace, class)
        assertThat(keys).isSubsetOf("type", "title", "status", "detail", "instance", "error", "field");
        assertThat(response.getBody()).doesNotContain("Exception", "java.", "cn.gov", "\tat ");
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }
}
