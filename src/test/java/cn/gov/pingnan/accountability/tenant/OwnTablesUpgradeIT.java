package cn.gov.pingnan.accountability.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.Application;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14: a database of the single-county application (fixture {@code migration/pre-tenant-h2.zip}, see its
 * README) upgrades in place: V7 gives every row of our own tables the county {@code pingnan}, and pingnan's users
 * still find them (register check, search, statistics); a user of another county does not.
 */
class OwnTablesUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OWN_TABLES = List.of(
            "acc_restriction",
            "acc_restriction_change",
            "staff_case",
            "staff_case_respondent",
            "staff_case_ground",
            "staff_case_group",
            "acc_stat_case",
            "acc_stat_case_ground",
            "acc_stat_respondent",
            "acc_stat_appeal");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void preTenantDatabaseBecomesPingnansAndPingnanStillFindsItsRows_R14() throws Exception {
        unzipFixture();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--pingnan.data-dir=" + dataDir.resolve("data").toAbsolutePath(),
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generic-properties.properties.userResourceWhitelistPattern="
                                + "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*")) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM \"accountability_schema_history\" WHERE \"version\" = '7' AND \"success\"",
                            Integer.class))
                    .as("V7 ran")
                    .isEqualTo(1);
            for (String table : OWN_TABLES) {
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM " + table + " WHERE tenant_id <> 'pingnan'", Integer.class))
                        .as(table + " rows of another county")
                        .isZero();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM acc_restriction", Integer.class))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_case", Integer.class))
                    .isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM acc_stat_case", Integer.class))
                    .isEqualTo(4);

            // the readers' filters, county first, are answered by the V7 indexes that lead with tenant_id
            assertThat(plan(
                            jdbc,
                            "SELECT id FROM acc_restriction WHERE tenant_id IN ('pingnan') AND person_id = 'P2026M003'"
                                    + " AND restriction_type IN ('AWARD_INELIGIBLE') AND valid_from <= DATE '2026-12-10'"
                                    + " AND valid_until > DATE '2026-12-10'"))
                    .contains("IX_ACC_RESTRICTION_CHECK");
            assertThat(plan(
                            jdbc,
                            "SELECT COUNT(*) FROM acc_stat_case WHERE tenant_id IN ('pingnan', 'gangnan')"
                                    + " AND opened_on BETWEEN DATE '2026-01-01' AND DATE '2026-12-31'"))
                    .contains("IX_ACC_STAT_CASE_OPENED");
            assertThat(plan(
                            jdbc,
                            "SELECT case_number FROM staff_case c WHERE c.tenant_id IN ('pingnan')"
                                    + " AND c.status = 'OPEN' AND c.opened_on >= DATE '2026-01-01'"))
                    .contains("IX_STAFF_CASE_STATUS_OPENED");

            // the counties' users as the demo seeding of issue 14 makes them (idempotent: nothing if already there)
            IdentityService identity = app.getBean(IdentityService.class);
            CountyData.tenant(identity, CountyData.PINGNAN, "平南县");
            CountyData.tenant(identity, CountyData.GANGNAN, "港南区");
            for (String user : List.of("zuzhibu", "jiwei")) {
                CountyData.membership(identity, CountyData.PINGNAN, user);
            }
            CountyData.user(identity, "gn-zuzhibu", "港组织", "organization-dept", CountyData.GANGNAN);
            CountyData.user(identity, "gn-jiwei", "港纪委", "commission-leaders", CountyData.GANGNAN);
            String port = app.getEnvironment().getProperty("local.server.port");

            // 孙三's award restriction of PN-2026-0003 still answers pingnan's organization department
            String check = "/api/restrictions/check?personId=P2026M003&action=AWARD&date=2026-12-10";
            assertThat(get(port, "zuzhibu", check).get("allowed").asBoolean()).isFalse();
            assertThat(get(port, "gn-zuzhibu", check).get("allowed").asBoolean())
                    .isTrue();

            assertThat(caseNumbers(get(port, "jiwei", "/api/cases")))
                    .contains("PN-2026-0001", "PN-2026-0002", "PN-2026-0003", "PN-2026-0004");
            assertThat(caseNumbers(get(port, "gn-jiwei", "/api/cases"))).isEmpty();

            String year = "/api/statistics?from=2026-01-01&to=2026-12-31";
            assertThat(get(port, "jiwei", year).get("casesOpened").asLong()).isEqualTo(4);
            assertThat(get(port, "jiwei", year + "&county=pingnan")
                            .get("casesOpened")
                            .asLong())
                    .isEqualTo(4);
            assertThat(get(port, "gn-jiwei", year).get("casesOpened").asLong()).isZero();
        }
    }

    private static String plan(JdbcTemplate jdbc, String sql) {
        return String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class))
                .toUpperCase();
    }

    private void unzipFixture() throws Exception {
        try (InputStream zip = getClass().getResourceAsStream("/migration/pre-tenant-h2.zip");
                ZipInputStream entries = new ZipInputStream(zip)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = dataDir.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(dataDir)).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        assertThat(dataDir.resolve("data/accountability.mv.db")).exists();
    }

    private JsonNode get(String port, String user, String path) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode())
                .as(user + " " + path + " → " + answer.body())
                .isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> caseNumbers(JsonNode page) {
        List<String> numbers = new ArrayList<>();
        page.get("hits").forEach(h -> numbers.add(h.get("caseNumber").asText()));
        return numbers;
    }
}
