package cn.gov.pingnan.accountability.pages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.workflow.WalkthroughRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two cases the staff-page tests read: the walkthrough's township case (closed, restricted) and an open county one. */
public final class StaffCases {

    public static final String COUNTY_PERSON = "P2026900";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final String townshipCase;
    public final String countyCase;

    private StaffCases(String townshipCase, String countyCase) {
        this.townshipCase = townshipCase;
        this.countyCase = countyCase;
    }

    public static StaffCases create(TestRestTemplate rest) throws IOException {
        String township = new WalkthroughRun(rest).runCase();
        return new StaffCases(township, startCountyCase(rest));
    }

    /** a respondent managed by the county; the case stays at its first step. */
    private static String startCountyCase(TestRestTemplate rest) throws IOException {
        ObjectNode respondent = JSON.createObjectNode()
                .put("kind", "PERSON")
                .put("name", "县某")
                .put("personId", COUNTY_PERSON)
                .put("unit", "平南县交通运输局")
                .put("post", "局长")
                .put("category", "ADMINISTRATIVE_ORGAN")
                .put("managementLevel", "COUNTY")
                .put("employmentStatus", "IN_POST");
        ArrayNode respondents = JSON.createArrayNode().add(respondent);
        ObjectNode variables = JSON.createObjectNode();
        variables.putObject("leadSource").put("value", "上级交办");
        variables.putObject("workField").put("value", "EDUCATION");
        variables.putObject("conductDate").put("value", "2025-09-01");
        variables.putObject("grounds").put("value", "[\"7.2\"]").put("type", "Json");
        variables.putObject("facts").put("value", "县直部门对教育扶贫项目失管失察");
        variables.putObject("directTakeover").put("value", false);
        variables.putObject("respondents").put("value", respondents.toString()).put("type", "Json");
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> started = rest.withBasicAuth("shouli", "demo")
                .postForEntity(
                        "/engine-rest/process-definition/key/accountability-case/start",
                        new HttpEntity<>(body.toString(), headers),
                        String.class);
        assertThat(started.getStatusCode().is2xxSuccessful())
                .as(started.getBody())
                .isTrue();
        JsonNode answer = JSON.readTree(started.getBody());
        return answer.get("businessKey").asText();
    }
}
