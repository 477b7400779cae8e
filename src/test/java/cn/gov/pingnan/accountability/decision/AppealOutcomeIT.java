package cn.gov.pingnan.accountability.decision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.security.WebappLogin;
import cn.gov.pingnan.accountability.workflow.CaseVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A-4 end to end: two decided removals, one appeal changed to 调离岗位 and one revoked, through the engine; then the
 * register's history over the API and on the register page, and the written decisions (current and earlier).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppealOutcomeIT extends AbstractWebAppIT {

    private static final String CHANGED_CASE = "PN-2026-0911";
    private static final String CHANGED_PERSON = "P911";
    private static final String REVOKED_CASE = "PN-2026-0912";
    private static final String REVOKED_PERSON = "P912";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private RuntimeService runtimeService;

    @Autowired
    private TaskService taskService;

    @Autowired
    private IdentityService identityService;

    @Autowired
    private RestrictionRegister register;

    @Autowired
    private RestrictionCalculator calculator;

    private final HttpClient http = HttpClient.newHttpClient();
    private LocalDate today;

    @BeforeAll
    void appealsDecided() {
        today = LocalDate.now(DecidedAppeals.COUNTY);
        DecidedAppeals appeals = new DecidedAppeals(runtimeService, taskService, identityService, register, calculator);
        // removals effective a week ago, served two days ago, appealed yesterday
        appeals.decidedRemoval(CHANGED_CASE, CHANGED_PERSON, "覃某", today.minusDays(7), today.minusDays(2));
        appeals.decidedRemoval(REVOKED_CASE, REVOKED_PERSON, "梁某", today.minusDays(7), today.minusDays(2));
        appeals.decide(
                appeals.appeal(CHANGED_CASE, CHANGED_PERSON, today.minusDays(1)),
                Map.of(
                        CaseVariables.APPEAL_OUTCOME, "CHANGE",
                        CaseVariables.APPEAL_NEW_MEASURE, "REASSIGNMENT",
                        CaseVariables.APPEAL_DECISION_REASON, "未造成严重后果，改为调离岗位"));
        appeals.decide(
                appeals.appeal(REVOKED_CASE, REVOKED_PERSON, today.minusDays(1)),
                Map.of(CaseVariables.APPEAL_OUTCOME, "REVOKE", CaseVariables.APPEAL_DECISION_REASON, "证据不足"));
    }

    private JsonNode json(String user, String uri, HttpStatus expected) throws Exception {
        ResponseEntity<String> response = as(user).getForEntity(uri, String.class);
        assertThat(response.getStatusCode()).as(uri).isEqualTo(expected);
        return JSON.readTree(response.getBody());
    }

    /** The plain download: the current document, by its file name, as text. */
    private String currentText(String user, String url, String filename) throws Exception {
        ResponseEntity<byte[]> current = as(user).getForEntity(url, byte[].class);
        assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(current.getHeaders().getContentDisposition().getFilename()).isEqualTo(filename);
        return text(current.getBody());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void history_changed_showsEachRowEndedAndAdded_withWhoByNameAndWhy_A4() throws Exception {
        JsonNode changes = json("zuzhibu", "/api/restrictions/history?personId=" + CHANGED_PERSON, HttpStatus.OK)
                .get("changes");
        // removal: three rows added by the decision, ended by the appeal; reassignment: two added
        assertThat(changes).hasSize(3 + 3 + 2);
        JsonNode ended = changes.get(3);
        assertThat(ended.get("change").asText()).isEqualTo("ENDED");
        assertThat(ended.get("changeZh").asText()).isEqualTo("终止");
        assertThat(ended.get("effectiveOn").asText()).isEqualTo(today.toString());
        assertThat(ended.get("caseNumber").asText()).isEqualTo(CHANGED_CASE);
        assertThat(ended.get("changedBy").asText()).isEqualTo("xiangzhen");
        assertThat(ended.get("changedByName").asText()).isEqualTo("黄乡镇（乡镇党委）");
        assertThat(ended.get("reason").asText()).isEqualTo("变更问责方式（" + today.minusDays(1) + " 收到的申诉）：未造成严重后果，改为调离岗位");
        assertThat(ended.get("beforeZh").asText()).startsWith("自 " + today.minusDays(7) + " 起至 ");
        assertThat(ended.get("afterZh").asText())
                .isEqualTo("自 " + today.minusDays(7) + " 起至 " + today.minusDays(1) + " 止，自 " + today + " 起终止");
        JsonNode added = changes.get(7);
        assertThat(added.get("change").asText()).isEqualTo("ADDED");
        assertThat(added.get("restrictionLabelZh").asText()).isEqualTo("不得提拔使用");
        assertThat(added.get("beforeZh").asText()).isEqualTo("—");
        assertThat(added.get("afterZh").asText()).startsWith("自 " + today + " 起至 ");
        assertThat(changes.get(0).get("reason").asText()).isEqualTo("问责决定");
    }

    @Test
    void history_revoked_everyRowEnded_unknownPersonEmpty_badInput400_A4() throws Exception {
        JsonNode changes = json("shenli", "/api/restrictions/history?personId=" + REVOKED_PERSON, HttpStatus.OK)
                .get("changes");
        assertThat(changes).hasSize(3 + 3);
        for (int i = 3; i < 6; i++) {
            assertThat(changes.get(i).get("change").asText()).isEqualTo("ENDED");
            assertThat(changes.get(i).get("reason").asText()).startsWith("撤销问责决定（");
        }
        assertThat(json("jiwei", "/api/restrictions/history?personId=P000", HttpStatus.OK)
                        .get("changes"))
                .isEmpty();
        for (String query : List.of("", "?personId=", "?personId=" + "9".repeat(65))) {
            JsonNode bad = json("zuzhibu", "/api/restrictions/history" + query, HttpStatus.BAD_REQUEST);
            assertThat(bad.get("field").asText()).as(query).isEqualTo("personId");
        }
        assertThat(as("shouli")
                        .getForEntity("/api/restrictions/history?personId=" + REVOKED_PERSON, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/restrictions/history?personId=" + REVOKED_PERSON, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void registerPage_showsTheHistoryInChinese_withNamesNotUserIds_A4() throws Exception {
        WebappLogin.Session session = new WebappLogin(rest).session("zuzhibu", PASSWORD, "welcome");
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/staff/register?person=" + CHANGED_PERSON))
                        .header("Cookie", session.cookieHeader())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String history = page.body().substring(page.body().indexOf("id=\"history\""));
        assertThat(history)
                .contains("变更记录", "终止", "登记", "未造成严重后果，改为调离岗位")
                .contains("黄乡镇（乡镇党委）")
                .contains("自 " + today + " 起终止")
                .doesNotContain(">xiangzhen<");
        assertThat(page.body()).contains("已终止");
    }

    @Test
    void changedDecision_isTheCurrentDownload_theFirstStaysAsVersion1_A4() throws Exception {
        String url = "/api/cases/" + CHANGED_CASE + "/decisions/" + CHANGED_PERSON + ".pdf";
        assertThat(currentText("shenli", url, "问责决定书（变更）-" + CHANGED_CASE + ".pdf"))
                .startsWith("问责决定书")
                .contains("替代" + today.minusDays(7) + "作出的问责决定（原问责方式：免职）")
                .contains("申诉收到日期：" + today.minusDays(1))
                .contains("问责方式：调离岗位", "危房改造补助审核不严", "第五条第5.1项")
                .contains("不得提拔使用：自" + today + "起至")
                .contains("签批人：黄乡镇（xiangzhen）");
        byte[] first =
                as("shenli").getForEntity(url + "?version=1", byte[].class).getBody();
        assertThat(text(first)).contains("问责方式：免职", "申诉权利").doesNotContain("替代");

        JsonNode versions = json(
                        "xiangzhen",
                        "/api/cases/" + CHANGED_CASE + "/decisions/" + CHANGED_PERSON + "/versions",
                        HttpStatus.OK)
                .get("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("kind").asText()).isEqualTo("DECISION");
        assertThat(versions.get(0).get("current").asBoolean()).isFalse();
        assertThat(versions.get(1).get("kind").asText()).isEqualTo("CHANGED");
        assertThat(versions.get(1).get("current").asBoolean()).isTrue();
        assertThat(versions.get(1).get("url").asText()).isEqualTo(url + "?version=2");
        assertThat(versions.get(1).get("appealFiledOn").asText())
                .isEqualTo(today.minusDays(1).toString());

        assertThat(json("shenli", url + "?version=3", HttpStatus.NOT_FOUND)
                        .get("field")
                        .asText())
                .isEqualTo("version");
        for (String bad : List.of("0", "x", "-1")) {
            assertThat(json("shenli", url + "?version=" + bad, HttpStatus.BAD_REQUEST)
                            .get("field")
                            .asText())
                    .isEqualTo("version");
        }
        // another body may read neither the versions nor the list
        assertThat(as("xianwei").getForEntity(url + "?version=1", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("xianwei")
                        .getForEntity(
                                "/api/cases/" + CHANGED_CASE + "/decisions/" + CHANGED_PERSON + "/versions",
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void revokedDecision_downloadsAsTheRevocationNotice_theDecisionStaysAsVersion1_A4() throws Exception {
        String url = "/api/cases/" + REVOKED_CASE + "/decisions/" + REVOKED_PERSON + ".pdf";
        assertThat(currentText("jiwei", url, "撤销问责决定通知书-" + REVOKED_CASE + ".pdf"))
                .startsWith("撤销问责决定通知书")
                .contains("撤销" + today.minusDays(7) + "作出的问责决定（问责方式：免职）", "处理理由：证据不足")
                .contains("取消当年评优评先资格", "自" + today + "起终止", "乡镇党委");
        assertThat(text(as("jiwei")
                        .getForEntity(url + "?version=1", byte[].class)
                        .getBody()))
                .contains("问责方式：免职")
                .doesNotContain("撤销");
    }
}
