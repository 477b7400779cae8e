package cn.gov.pingnan.accountability.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * docs/modeler.md: a manager deploys a project diagram with its form from Camunda Modeler ("Deploy current
 * diagram" → /engine-rest/deployment/create). Admin may, staff get 403; an unchanged upload makes no version;
 * the next start keeps the Modeler's version until processes/ itself changes.
 */
class ModelerDeploymentIT extends AbstractWebAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIAGRAM = "restriction-period.bpmn";
    private static final String FORM = "acknowledge-restriction-expiry.form";

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ProcessBundleDeployer bundleDeployer;

    private static byte[] diagram() throws Exception {
        return Files.readAllBytes(Path.of("processes", DIAGRAM));
    }

    private static byte[] form() throws Exception {
        return Files.readAllBytes(Path.of("forms", FORM));
    }

    /** The multipart request of Camunda Modeler's deployment (name, source, the diagram and attached files). */
    private ResponseEntity<String> deploy(String user, Map<String, String> flags, byte[] diagram, byte[] form) {
        return deploy(user, "pingnan", flags, diagram, form);
    }

    /** The same with the Modeler's Tenant ID field (null = left empty). */
    private ResponseEntity<String> deploy(
            String user, String tenantId, Map<String, String> flags, byte[] diagram, byte[] form) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (tenantId != null) {
            parts.add("tenant-id", tenantId);
        }
        parts.add("deployment-name", "restriction-period");
        parts.add("deployment-source", "Camunda Modeler");
        flags.forEach(parts::add);
        parts.add(DIAGRAM, file(DIAGRAM, diagram));
        parts.add(FORM, file(FORM, form));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private int latestVersion() {
        return latestVersion("pingnan");
    }

    private int latestVersion(String tenantId) {
        return repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey("restriction-period")
                .tenantIdIn(tenantId)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    private List<String> resources(String deploymentId) {
        List<String> names = new ArrayList<>();
        for (Resource r : repositoryService.getDeploymentResources(deploymentId)) {
            names.add(r.getName());
        }
        return names;
    }

    /** Issue 14: with two counties a deployment without tenant would apply to both; it is refused. */
    @Test
    void aDeploymentWithoutCountyOrForAnUnknownOne_isRefusedWith400() throws Exception {
        int pingnan = latestVersion("pingnan");
        int gangnan = latestVersion("gangnan");
        ResponseEntity<String> none = deploy("admin", null, Map.of(), diagram(), form());
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(none.getBody()).get("message").asText())
                .contains("tenant-id")
                .contains("pingnan, gangnan");
        ResponseEntity<String> blank = deploy("admin", " ", Map.of(), diagram(), form());
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> unknown = deploy("admin", "mixian", Map.of(), diagram(), form());
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(unknown.getBody()).get("message").asText()).contains("Unknown tenant-id 'mixian'");
        assertThat(latestVersion("pingnan")).isEqualTo(pingnan);
        assertThat(latestVersion("gangnan")).isEqualTo(gangnan);
    }

    /** Issue 14: a county deploys its own version of a diagram; the other county keeps its version. */
    @Test
    void aCountysModelerDeployment_changesThatCountyOnly_andTheNextStartRedeploysNothing() throws Exception {
        int pingnan = latestVersion("pingnan");
        int gangnan = latestVersion("gangnan");
        byte[] changed = new String(diagram(), StandardCharsets.UTF_8)
                .replace("通知组织部：该影响期已届满。", "通知组织部：该影响期已届满（港南区）。")
                .getBytes(StandardCharsets.UTF_8);
        ResponseEntity<String> deployed =
                deploy("admin", "gangnan", Map.of("enable-duplicate-filtering", "true"), changed, form());
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(deployed.getBody()).get("tenantId").asText()).isEqualTo("gangnan");
        assertThat(latestVersion("gangnan")).isEqualTo(gangnan + 1);
        assertThat(latestVersion("pingnan")).isEqualTo(pingnan);
        assertThat(bundleDeployer.deployAll()).isEmpty();
        assertThat(latestVersion("gangnan")).isEqualTo(gangnan + 1);
        assertThat(latestVersion("pingnan")).isEqualTo(pingnan);
    }

    @Test
    void adminDeploysAProjectDiagramWithItsForm_staffGets403_unchangedMakesNoVersion_nextStartKeepsIt()
            throws Exception {
        Map<String, String> changedOnly = Map.of("deploy-changed-only", "true");
        for (String staff : List.of("shouli", "jiwei", "zuzhibu")) {
            assertThat(deploy(staff, changedOnly, diagram(), form()).getStatusCode())
                    .as(staff)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        int before = latestVersion();

        ResponseEntity<String> first = deploy("admin", changedOnly, diagram(), form());
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the Modeler's deployments are compared with the Modeler's own (deployment source): the first one is new
        assertThat(latestVersion()).isEqualTo(before + 1);
        assertThat(resources(JSON.readTree(first.getBody()).get("id").asText()))
                .containsExactlyInAnyOrder(DIAGRAM, FORM);

        ResponseEntity<String> again = deploy("admin", changedOnly, diagram(), form());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(again.getBody())
                        .path("deployedProcessDefinitions")
                        .size())
                .isZero();
        assertThat(latestVersion()).isEqualTo(before + 1);

        // a manager edits the diagram; Camunda Modeler 5 sends enable-duplicate-filtering, so one changed file
        // redeploys every attached file and the new version finds its form (formRefBinding="deployment")
        byte[] changed = new String(diagram(), StandardCharsets.UTF_8)
                .replace("通知组织部：该影响期已届满。", "通知组织部：该影响期已届满，请更新干部档案。")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(changed).isNotEqualTo(diagram());
        JsonNode modeler = JSON.readTree(deploy("admin", Map.of("enable-duplicate-filtering", "true"), changed, form())
                .getBody());
        assertThat(resources(modeler.get("id").asText())).containsExactlyInAnyOrder(DIAGRAM, FORM);
        ProcessDefinition modelerVersion = repositoryService
                .createProcessDefinitionQuery()
                .deploymentId(modeler.get("id").asText())
                .singleResult();
        assertThat(modelerVersion.getVersion()).isEqualTo(before + 2);

        // what the next start does: processes/ is unchanged, so nothing is deployed and the Modeler's version stays
        // newest
        assertThat(bundleDeployer.deployAll()).isEmpty();
        assertThat(latestVersion()).isEqualTo(modelerVersion.getVersion());

        // deploy-changed-only sends the changed diagram alone: that version would find no form for its task
        byte[] changedAgain = new String(changed, StandardCharsets.UTF_8)
                .replace("请更新干部档案", "请更新干部人事档案")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode alone =
                JSON.readTree(deploy("admin", changedOnly, changedAgain, form()).getBody());
        assertThat(resources(alone.get("id").asText())).containsExactly(DIAGRAM);
    }
}
