package cn.gov.pingnan.accountability.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps the issue-8 benchmark runnable: every part with the smallest sizes (after {@code package}, so the jar
 * exists). Checks that the results are written and plausible; no timing is asserted.
 */
class AccountabilityBenchmarkIT {

    @Test
    void everyPartRunsWithMinimalSizes_andWritesResults() throws Exception {
        Path dir = Path.of("target", "bench-smoke");
        InProcessApplication.deleteTree(dir);
        Map<String, String> options = AccountabilityBenchmark.parse(
                "dir=" + dir,
                "warmup=1",
                "runs=1",
                "casesPerRun=2",
                "threads=1,2",
                "openCases=20",
                "closedCases=20",
                "seedBatch=10",
                "registerSizes=30,60",
                "samples=5",
                "restWarmup=20",
                "startups=1",
                "startupJvmOptions=" + AccountabilityBenchmark.RECOMMENDED_JVM_OPTIONS,
                "jvmOptions=" + AccountabilityBenchmark.RECOMMENDED_JVM_OPTIONS);

        AccountabilityBenchmark.run(options);

        JsonNode results =
                new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        assertThat(results.path("machine").path("cores").asInt()).isPositive();

        JsonNode throughput = results.path("throughput");
        assertThat(throughput.path("shape").path("userTasks").asInt()).isEqualTo(CaseDriver.OUR_STEPS.size());
        assertThat(throughput.path("figures")).hasSize(4);
        for (JsonNode f : throughput.path("figures")) {
            assertThat(f.path("medianCasesPerSecond").asDouble()).isPositive();
            assertThat(f.path("medianCaseCpuMsPerCase").asDouble())
                    .isPositive()
                    .isLessThanOrEqualTo(f.path("medianProcessCpuMsPerCase").asDouble());
            assertThat(f.path("statementsPerCase").asDouble()).isGreaterThan(50);
            // at least one commit per wait state (each is a transaction of its own)
            assertThat(f.path("commitsPerCase").asDouble())
                    .isGreaterThanOrEqualTo(throughput.path("waitStatesPerCase").asInt());
        }
        assertThat(throughput.path("ratioOursToFloor").path("1 thread").asDouble())
                .isPositive();
        assertThat(throughput.path("cpuRatioOursToFloor").path("2 threads").asDouble())
                .isPositive();
        assertThat(throughput.path("breakdownPerCase").get(0).path("byTable")).isNotEmpty();

        JsonNode scale = results.path("scale");
        assertThat(scale.path("seeded").path("openCases").asInt()).isEqualTo(20);
        assertThat(scale.path("groupTaskUserOpenTasks").asInt()).isPositive();
        assertThat(scale.path("register")).hasSize(2);
        assertThat(scale.path("register").get(1).path("rows").asInt()).isEqualTo(60);
        for (JsonNode q : scale.path("queries")) {
            assertThat(q.path("p50Ms").asDouble())
                    .isPositive()
                    .isLessThanOrEqualTo(q.path("p95Ms").asDouble());
        }
        // group tasks ×2, staff case search ×3, case history, statistics, restriction check
        assertThat(scale.path("queries")).hasSize(8);
        assertThat(scale.path("rssMbAfterScaleRun").asLong()).isPositive();

        JsonNode startup = results.path("startup").get(0);
        assertThat(startup.path("medianReadySeconds").asDouble()).isPositive();
        assertThat(startup.path("medianRssMb").asLong()).isPositive();

        // the diagnosis of Tasklist's group-task request runs on the database part 2 seeded
        Path plans = dir.resolve("query-plans.md");
        QueryPlans.main(new String[] {dir.resolve("scale-db").toString(), plans.toString(), "2"});
        assertThat(Files.readString(plans, StandardCharsets.UTF_8))
                .contains(
                        "select count(distinct RES.ID_ ) from ACT_RU_TASK RES",
                        "without the `AUTH` join",
                        "EXPLAIN ANALYZE",
                        "scanCount");

        String md = Files.readString(dir.resolve("results.md"), StandardCharsets.UTF_8);
        assertThat(md)
                .contains(
                        "## 1. Our case beside the floor",
                        "## 2. Staff-facing queries at scale",
                        "## 3. Start-up and memory",
                        "Database: H2 file");
    }

    @Test
    void staffQueriesRunOnPostgres_withMinimalSizes() throws Exception {
        Path dir = Path.of("target", "bench-smoke-postgres");
        InProcessApplication.deleteTree(dir);
        Map<String, String> options = AccountabilityBenchmark.parse(
                "dir=" + dir,
                "parts=scale",
                "database=postgres",
                "openCases=10",
                "closedCases=10",
                "seedBatch=10",
                "registerSizes=30",
                "samples=5",
                "restWarmup=5",
                "jvmOptions=" + AccountabilityBenchmark.RECOMMENDED_JVM_OPTIONS);

        AccountabilityBenchmark.run(options);

        JsonNode scale = new ObjectMapper()
                .readTree(dir.resolve("results.json").toFile())
                .path("scale");
        assertThat(scale.path("database").asText()).startsWith("PostgreSQL");
        assertThat(scale.path("seeded").path("closedCases").asInt()).isEqualTo(10);
        assertThat(scale.path("groupTaskUserOpenTasks").asInt()).isPositive();
        // group tasks ×2, staff case search ×3, case history, statistics, restriction check
        assertThat(scale.path("queries")).hasSize(8);
        assertThat(scale.path("databaseMb").asLong()).isPositive();
        assertThat(Files.readString(dir.resolve("results.md"), StandardCharsets.UTF_8))
                .contains("Database: PostgreSQL", "VACUUM ANALYZE");
    }
}
