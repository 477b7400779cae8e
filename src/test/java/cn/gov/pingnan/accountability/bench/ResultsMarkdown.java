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
      md.append("Load average before/after: ").append(results.get("loadBefore.throughput")).append(" / ")
          .append(results.get("loadAfter.throughput")).append("\n\n");
      md.append("Our case passes ").append(t.shape()).append("; floor: ").append(t.floor()).append("\n\n");
      md.append("| variant | threads | runs × cases | median cases/s | min | max | statements/case | round trips/case | commits/case | statements/wait state | commits/wait state | lookup statements/case |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (ThroughputBenchmark.Figures f : t.figures()) {
        md.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d × %d | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f |%n",
            f.variant(), f.threads(), f.runs(), f.casesPerRun(), f.medianCasesPerSecond(), f.minCasesPerSecond(),
            f.maxCasesPerSecond(), f.statementsPerCase(), f.roundTripsPerCase(), f.commitsPerCase(),
            f.statementsPerWaitState(), f.commitsPerWaitState(), f.lookupStatementsPerCase()));
      }
      md.append("\nRatio ours/floor (median cases/s): ").append(t.ratioOursToFloor()).append(" (target ≥ 0.8)\n\n");
      for (ThroughputBenchmark.Breakdown b : t.breakdownPerCase()) {
        md.append("Statements of one case, ").append(b.variant()).append(" (").append(b.statements())
            .append(" statements, ").append(b.commits()).append(" commits), by table:\n\n| statement | count |\n|---|---:|\n");
        b.byTable().stream().limit(20).forEach(r -> md.append("| ").append(r.get("statement")).append(" | ")
            .append(r.get("count")).append(" |\n"));
        md.append('\n');
      }
    }
    return md.toString();
  }
}
