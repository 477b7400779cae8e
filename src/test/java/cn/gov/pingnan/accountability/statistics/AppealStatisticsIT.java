package cn.gov.pingnan.accountability.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.Application;
import cn.gov.pingnan.accountability.decision.DecidedAppeals;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appeals in /api/statistics from real 申诉处理 instances: one upheld, one changed, one revoked, one
 * refused as late; counted on the day the written appeal arrived; the same figures after the application is
 * stopped and started on the same database, and after the appeal rows of the read model are rebuilt from the
 * engine's history.
 */
class AppealStatisticsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fourRealAppeals_countedByOutcome_onTheDayTheyArrived_andAgainAfterARestart_A1_A4() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "appeal-statistics-");
        LocalDate today = LocalDate.now(DecidedAppeals.COUNTY);
        LocalDate arrived = today.minusDays(1);
        String period = "/api/statistics?from=" + arrived + "&to=" + today;
        JsonNode live;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            DecidedAppeals appeals = new DecidedAppeals(
                    app.getBean(RuntimeService.class),
                    app.getBean(TaskService.class),
                    app.getBean(IdentityService.class),
                    app.getBean(RestrictionRegister.class),
                    app.getBean(RestrictionCalculator.class));
            LocalDate effective = today.minusDays(7);
            appeals.decidedRemoval("PN-2026-0921", "P921", "甲某", effective, today.minusDays(2));
            appeals.decidedRemoval("PN-2026-0922", "P922", "乙某", effective, today.minusDays(2));
            appeals.decidedRemoval("PN-2026-0923", "P923", "丙某", effective, today.minusDays(2));
            // served 45 days ago, the month is over
            appeals.decidedRemoval("PN-2026-0924", "P924", "丁某", today.minusDays(50), today.minusDays(45));
            appeals.decide(
                    appeals.appeal("PN-2026-0921", "P921", arrived),
                    Map.of("appealOutcome", "UPHOLD", "appealDecisionReason", "事实清楚，处理适当"));
            appeals.decide(
                    appeals.appeal("PN-2026-0922", "P922", arrived),
                    Map.of(
                            "appealOutcome",
                            "CHANGE",
                            "appealNewMeasure",
                            "REASSIGNMENT",
                            "appealDecisionReason",
                            "未造成严重后果"));
            appeals.decide(
                    appeals.appeal("PN-2026-0923", "P923", arrived),
                    Map.of("appealOutcome", "REVOKE", "appealDecisionReason", "证据不足"));
            appeals.notifyRefusal(appeals.appeal("PN-2026-0924", "P924", arrived));

            live = statistics(app, period);
            assertThat(live.get("appealsFiled").asLong()).isEqualTo(4);
            assertThat(count(live, "UPHOLD")).isEqualTo(1);
            assertThat(count(live, "CHANGE")).isEqualTo(1);
            assertThat(count(live, "REVOKE")).isEqualTo(1);
            assertThat(count(live, "REFUSED")).isEqualTo(1);
            assertThat(label(live, "REFUSED")).isEqualTo("不予受理");
            // registered today, counted on the day the written appeal arrived
            assertThat(statistics(app, "/api/statistics?from=" + today + "&to=" + today)
                            .get("appealsFiled")
                            .asLong())
                    .isZero();
        }
        try (ConfigurableApplicationContext app = start(dataDir)) {
            assertThat(statistics(app, period)).as("after a restart").isEqualTo(live);
            // a database from before the statistics: the appeals are rebuilt from the engine's history
            new JdbcTemplate(app.getBean(javax.sql.DataSource.class)).update("DELETE FROM acc_stat_appeal");
            assertThat(statistics(app, period).get("appealsFiled").asLong()).isZero();
            assertThat(app.getBean(StatisticsBackfill.class).recordEarlierInstances())
                    .isEqualTo(4);
            assertThat(statistics(app, period)).as("rebuilt from the history").isEqualTo(live);
        }
    }

    private JsonNode statistics(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("jiwei:demo".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static long count(JsonNode statistics, String outcome) {
        return entry(statistics, outcome).get("count").asLong();
    }

    private static String label(JsonNode statistics, String outcome) {
        return entry(statistics, outcome).get("label").asText();
    }

    private static JsonNode entry(JsonNode statistics, String outcome) {
        return StreamSupport.stream(statistics.get("appealOutcomes").spliterator(), false)
                .filter(e -> e.get("code").asText().equals(outcome))
                .findFirst()
                .orElseThrow();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--pingnan.data-dir=" + dataDir.toAbsolutePath(),
                        "--camunda.bpm.job-execution.enabled=false");
    }
}
