package cn.gov.pingnan.accountability.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.security.WebappLogin;
import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
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

/** GET /api/cases/{caseNumber}/decisions/{personId}.pdf: who may read the written decision, and what it says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionDocumentIT extends AbstractWebAppIT {

    private static final String CASE = "PN-2026-0901";
    private static final String URL = "/api/cases/" + CASE + "/decisions/P901.pdf";

    @Autowired
    private RuntimeService runtimeService;

    @BeforeAll
    void decisionProducedForOneRespondent() {
        // the respondent track from the step that writes the document: it runs and waits at the delivery task
        runtimeService
                .createProcessInstanceByKey(ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                .processDefinitionTenantId("pingnan")
                .businessKey(CASE)
                .setVariables(Variables.createVariables()
                        .putValue(CaseVariables.CASE_NUMBER, CASE)
                        .putValue(CaseVariables.RESPONDENT_NAME, "韦某")
                        .putValue(
                                CaseVariables.RESPONDENT,
                                SpinValues.jsonValue(
                                                "{\"personId\":\"P901\",\"name\":\"韦某\",\"unit\":\"大安镇人民政府\",\"post\":\"副镇长\",\"responsibilityZh\":\"领导责任\"}")
                                        .create())
                        .putValue(CaseVariables.FACTS, "危房改造补助审核不严")
                        .putValue(
                                CaseVariables.GROUNDS,
                                SpinValues.jsonValue("[\"5.1\"]").create())
                        .putValue(CaseVariables.GRADE, "SEVERE")
                        .putValue(CaseVariables.MEASURE, "REASSIGNMENT")
                        .putValue(CaseVariables.REFERRAL_ROUTE, "DELIVER_DECISION")
                        .putValue(
                                CaseVariables.RESTRICTIONS,
                                SpinValues.jsonValue(
                                                "[{\"label\":\"不得提拔使用\",\"from\":\"2026-03-01\",\"until\":\"2027-03-01\",\"basis\":\"R-12.2\"}]")
                                        .create())
                        .putValue(CaseVariables.APPROVING_GROUP, "township-committee")
                        .putValue(CaseVariables.TAKEN_OVER_BY_COMMISSION, false)
                        .putValue("approveDecisionSignedBy", "xiangzhen")
                        .putValue("approveDecisionSignedAt", new Date())
                        .putValue(CaseVariables.DECISION_EFFECTIVE_DATE, "2026-03-01"))
                .startBeforeActivity("produceDecisionDocument")
                .execute();
    }

    @Test
    void reviewer_downloadsThePdf_withTheDecisionText() throws Exception {
        ResponseEntity<byte[]> response = as("shenli").getForEntity(URL, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("问责决定书-" + CASE + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("韦某", "大安镇人民政府", "危房改造补助审核不严", "第五条第5.1项", "调离岗位")
                    .contains("不得提拔使用：自2026-03-01起至2027-02-28止")
                    .contains("乡镇党委");
        }
    }

    @Test
    void theApprovingBody_readsItsOwnDecision_anotherBodyIsRefused_R13_1() {
        assertThat(as("xiangzhen").getForEntity(URL, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> other = as("xianwei").getForEntity(URL, String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).contains("another body").doesNotContain("Exception");
        for (String user : List.of("shouli", "zuzhibu")) {
            assertThat(as(user).getForEntity(URL, String.class).getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(as("jiwei").getForEntity(URL, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("diaocha").getForEntity(URL, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutCredentials401_unknownRespondentOrCase404_badCaseNumber400() {
        assertThat(rest.getForEntity(URL, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> unknown =
                as("shenli").getForEntity("/api/cases/" + CASE + "/decisions/P999.pdf", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("\"field\":\"respondentPersonId\"");
        assertThat(as("shenli")
                        .getForEntity("/api/cases/PN-2026-0999/decisions/P901.pdf", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> bad = as("shenli").getForEntity("/api/cases/CASE-1/decisions/P901.pdf", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("\"field\":\"caseNumber\"");
    }

    @Test
    void tasklistSession_downloadsWithoutBasicCredentials_butMayNotChangeAnything() {
        String session = new WebappLogin(rest).sessionCookie("shenli", PASSWORD, "tasklist");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        ResponseEntity<byte[]> download = rest.exchange(URL, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        // the session cookie authenticates reads only
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> post = rest.exchange(
                "/api/restrictions/preview",
                HttpMethod.POST,
                new HttpEntity<>("{\"measure\":\"REMOVAL\",\"effectiveDate\":\"2026-03-01\"}", headers),
                String.class);
        assertThat(post.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
