package cn.gov.pingnan.accountability.bench;

import java.util.Map;

/** results.md: the figures of results.json as Markdown tables, with the targets of issue 8 beside them. */
final class ResultsMarkdown {

    private ResultsMarkdown() {}

    static String render(Map<String, Object> results) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        md.append("Machine: ").append(results.get("machine")).append("\n\n");
        if (results.get("throughput") instanceof ThroughputBenchmark.Report t) {
            md.append("## 1. Our case beside the floor\n\n");
            md.append("Load average before/after: ")
                    .append(results.get("loadBefore.throughput"))
                    .append(" / ")
                    .append(results.get("loadAfter.throughput"))
                    .append("\n\n");
            md.append("History level: ")
                    .append(t.historyLevel())
                    .append(t.appProperties().isEmpty() ? "" : "; application properties " + t.appProperties())
                    .append(". Our case passes ")
                    .append(t.shape())
                    .append("; floor: ")
                    .append(t.floor())
                    .append("\n\n");
            md.append(
                    "| variant | threads | runs × cases | median cases/s | min | max | CPU ms/case, case threads | CPU ms/case, JVM | statements/case | round trips/case | commits/case | statements/wait state | commits/wait state | lookup statements/case |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (ThroughputBenchmark.Figures f : t.figures()) {
                md.append(String.format(
                        java.util.Locale.ROOT,
                        "| %s | %d | %d × %d | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f |%n",
                        f.variant(),
                        f.threads(),
                        f.runs(),
                        f.casesPerRun(),
                        f.medianCasesPerSecond(),
                        f.minCasesPerSecond(),
                        f.maxCasesPerSecond(),
                        f.medianCaseCpuMsPerCase(),
                        f.medianProcessCpuMsPerCase(),
                        f.statementsPerCase(),
                        f.roundTripsPerCase(),
                        f.commitsPerCase(),
                        f.statementsPerWaitState(),
                        f.commitsPerWaitState(),
                        f.lookupStatementsPerCase()));
            }
            md.append("\nRatio ours/floor (median cases/s): ")
                    .append(t.ratioOursToFloor())
                    .append("; median of the paired runs' ratios: ")
                    .append(t.pairedRatioOursToFloor())
                    .append("; JVM CPU per case, floor ÷ ours: ")
                    .append(t.cpuRatioOursToFloor())
                    .append(" (target ≥ 0.8)\n\n");
            for (ThroughputBenchmark.Breakdown b : t.breakdownPerCase()) {
                md.append("Statements of one case, ")
                        .append(b.variant())
                        .append(" (")
                        .append(b.statements())
                        .append(" statements, ")
                        .append(b.commits())
                        .append(" commits; ")
                        .append(b.variableStatements())
                        .append(" of them on the variable tables, the others ")
                        .append(b.otherStatementsPerWaitState())
                        .append(" per wait state), by table:\n\n| statement | count |\n|---|---:|\n");
                b.byTable().stream()
                        .limit(20)
                        .forEach(r -> md.append("| ")
                                .append(r.get("statement"))
                                .append(" | ")
                                .append(r.get("count"))
                                .append(" |\n"));
                md.append('\n');
            }
        }
        if (results.get("scale") instanceof ScaleBenchmark.Report r) {
            ScaleSeeder.Seeded s = r.seeded();
            md.append("## 2. Staff-facing queries at scale\n\n");
            md.append("Database: ").append(r.database()).append("\n\n");
            md.append("Load average before/after: ")
                    .append(results.get("loadBefore.scale"))
                    .append(" / ")
                    .append(results.get("loadAfter.scale"))
                    .append("\n\n");
            if (results.get("options") instanceof Map<?, ?> options) {
                Object jvm = options.get("jvmOptions");
                md.append("JVM options of the jar: ")
                        .append(jvm == null || jvm.toString().isBlank() ? "(JVM defaults)" : "`" + jvm + "`")
                        .append(
                                r.databaseMbAfterSeeding() < 0
                                        ? "; the database seeded by an earlier run, its register rows replaced"
                                        : "")
                        .append("\n\n");
            }
            md.append(String.format(
                    java.util.Locale.ROOT,
                    "Seeded %,d open and %,d closed cases (years %d–%d) in %.0f s (%.1f cases/s, batches of %d, %d threads); "
                            + "open by waiting task %s, closed by path %s; database %d MB after seeding, %d MB after %s (%d s)"
                            + " and the register rows. The group-task user (%s) sees %d open tasks.%n%n",
                    s.openCases(),
                    s.closedCases(),
                    s.firstYear(),
                    s.lastYear(),
                    s.seconds(),
                    s.casesPerSecond(),
                    s.batchSize(),
                    s.threads(),
                    s.openByWaitingTask(),
                    s.closedByPath(),
                    r.databaseMbAfterSeeding(),
                    r.databaseMb(),
                    r.compaction(),
                    r.compactSeconds(),
                    ScaleBenchmark.GROUP_TASK_USER,
                    r.groupTaskUserOpenTasks()));
            md.append(
                    "| query | user | samples | min ms | p50 ms | p95 ms | p99 ms | max ms | load |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (ScaleBenchmark.Latency l : r.queries()) {
                latencyRow(md, l);
            }
            md.append("\nRestriction check by register size (the jar restarted on the grown database each time):\n\n");
            md.append(
                    "| query | user | samples | min ms | p50 ms | p95 ms | p99 ms | max ms | load |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
            for (ScaleBenchmark.RegisterRun run : r.register()) {
                latencyRow(md, run.check());
            }
            md.append("\np50 largest/smallest register: ")
                    .append(r.checkP50RatioLargestToSmallest())
                    .append(" (target ≤ 1.5)\n\n");
            md.append("Start-ups on the seeded database: ");
            r.register()
                    .forEach(run -> md.append(run.start().readySeconds())
                            .append(" s / ")
                            .append(run.start().rssMbAfterStart())
                            .append(" MB; "));
            md.append("\nResident memory after the scale run: ")
                    .append(r.rssMbAfterScaleRun())
                    .append(" MB\n\n");
        }
        if (results.get("startup") instanceof java.util.List<?> startups) {
            md.append("## 3. Start-up and memory (empty database)\n\n");
            md.append(
                    "| JVM options | starts | median ready s | min | max | median RSS MB after start | min | max |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Object o : startups) {
                AccountabilityBenchmark.StartupFigures f = (AccountabilityBenchmark.StartupFigures) o;
                md.append(String.format(
                        java.util.Locale.ROOT,
                        "| `%s` | %d | %.2f | %.2f | %.2f | %d | %d | %d |%n",
                        f.jvmOptions(),
                        f.starts(),
                        f.medianReadySeconds(),
                        f.minReadySeconds(),
                        f.maxReadySeconds(),
                        f.medianRssMb(),
                        f.minRssMb(),
                        f.maxRssMb()));
            }
            md.append("\nLoad average at each start: ");
            for (Object o : startups) {
                ((AccountabilityBenchmark.StartupFigures) o)
                        .each()
                        .forEach(e -> md.append(e.loadAverage()).append("; "));
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static void latencyRow(StringBuilder md, ScaleBenchmark.Latency l) {
        md.append(String.format(
                java.util.Locale.ROOT,
                "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n",
                l.query(),
                l.user(),
                l.samples(),
                l.minMs(),
                l.p50Ms(),
                l.p95Ms(),
                l.p99Ms(),
                l.maxMs(),
                l.loadAverage()));
    }
}
