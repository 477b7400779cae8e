package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Issue 2: who may reach the REST APIs and the webapps, and what each role sees. */
class RestAuthenticationIT extends AbstractWebAppIT {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Test
    void engineRestWithoutCredentials_is401() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void engineRestWithWrongPassword_is401() {
        // xiangzhen is used by no other test here: a failed login delays that user's next one (throttling)
        ResponseEntity<String> response =
                rest.withBasicAuth("xiangzhen", "wrong").getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void apiWithoutCredentials_is401AsJsonWithoutStackTrace() {
        ResponseEntity<String> response = rest.getForEntity("/api/me", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // an RFC 9457 problem that keeps the member "error"
        assertThat(response.getBody())
                .contains("\"error\":\"Authentication required\"")
                .contains("\"status\":401")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void apiKnowsTheCallerAndHisGroups() {
        ResponseEntity<Map<String, Object>> response =
                as("diaocha").exchange("/api/me", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody())
                .containsEntry("userId", "diaocha")
                .containsEntry("groupIds", List.of("investigators"));
    }

    @Test
    void roleUserSeesExactlyItsGroupsTasks() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("visibility-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("fork")
                .userTask("forIntake")
                .name("受理")
                .camundaCandidateGroups("intake")
                .endEvent()
                .moveToNode("fork")
                .userTask("forInvestigators")
                .name("核实")
                .camundaCandidateGroups("investigators")
                .endEvent()
                .moveToNode("fork")
                .userTask("forReviewers")
                .name("审理")
                .camundaCandidateGroups("reviewers")
                .endEvent()
                .done();
        repositoryService
                .createDeployment()
                .addModelInstance("visibility-probe.bpmn", model)
                .deploy();
        String instanceId =
                runtimeService.startProcessInstanceByKey("visibility-probe").getId();

        assertThat(taskKeysVisibleTo("diaocha", instanceId)).containsExactly("forInvestigators");
        assertThat(taskKeysVisibleTo("shouli", instanceId)).containsExactly("forIntake");
        assertThat(taskKeysVisibleTo("shenli", instanceId)).containsExactly("forReviewers");
        assertThat(taskKeysVisibleTo("zuzhibu", instanceId)).isEmpty();
        assertThat(taskKeysVisibleTo("admin", instanceId))
                .containsExactlyInAnyOrder("forIntake", "forInvestigators", "forReviewers");
    }

    private List<String> taskKeysVisibleTo(String userId, String instanceId) {
        ResponseEntity<List<Map<String, Object>>> response = as(userId)
                .exchange(
                        "/engine-rest/task?processInstanceId=" + instanceId,
                        HttpMethod.GET,
                        null,
                        new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().stream()
                .map(t -> (String) t.get("taskDefinitionKey"))
                .toList();
    }

    @Test
    void roleUserMayNotDeploy_adminMay() {
        assertThat(deployAs("shouli").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deployAs("jiwei").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deployAs("admin").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> deployAs(String userId) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("deploy-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "probe-" + userId);
        // issue 14: with two counties a deployment names its county
        parts.add("tenant-id", "pingnan");
        parts.add("data", new ByteArrayResource(bpmn.getBytes()) {
            @Override
            public String getFilename() {
                return "deploy-probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(userId)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    @Test
    void roleUserIsRefusedCockpitAndAdmin_butGetsTasklist() {
        WebappLogin login = new WebappLogin(rest);
        assertThat(login.login("shouli", PASSWORD, "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login.login("jiwei", PASSWORD, "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login.login("shouli", PASSWORD, "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(login.login("admin", PASSWORD, "cockpit")).isEqualTo(HttpStatus.OK);
    }
}
