package cn.gov.pingnan.accountability.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the check benchmark runnable: 100 rows, a few samples, no timing asserted. */
class RestrictionCheckBenchmarkSmokeTest {

    @Test
    void benchmarkRunsOnTheMigratedRegister_andWritesItsReport(@TempDir Path dir) throws Exception {
        RestrictionCheckBenchmark.Report report = RestrictionCheckBenchmark.run(dir, List.of(100), 50);

        assertThat(report.results()).singleElement().satisfies(figures -> {
            assertThat(figures.rows()).isEqualTo(100);
            assertThat(figures.p50Ms()).isPositive().isLessThanOrEqualTo(figures.p95Ms());
        });
        // the check reads the index of V1__restriction_register.sql, not the whole table
        assertThat(String.join(" ", report.plan())).containsIgnoringCase("IX_ACC_RESTRICTION_CHECK");
        JsonNode json = new ObjectMapper()
                .readTree(dir.resolve("restriction-check.json").toFile());
        assertThat(json.path("results").get(0).path("rows").asInt()).isEqualTo(100);
        assertThat(RestrictionCheckBenchmark.markdown(report)).contains("| 100 |");
    }
}
