package cn.gov.pingnan.accountability.bench;

import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;

/**
 * Diagnosis, not measurement: where Tasklist's request for 我的组任务 spends its time on a seeded database.
 * Opens the database in this JVM (the application with every JDBC execution captured), sends Tasklist's request
 * as {@value ScaleBenchmark#GROUP_TASK_USER} — {@code POST /engine-rest/filter/{id}/list}, first 15 by created,
 * as {@code application/hal+json} and as plain JSON — {@code requests} times each after as many untimed ones,
 * and writes every statement of one request with its median time, then {@code EXPLAIN ANALYZE} of each statement
 * taking a millisecond or more, replayed with the parameters the engine bound. H2 only (the plans are H2's).
 *
 * <p>Run (after a scale run has seeded {@code target/bench/scale-db}):
 * {@code ./mvnw -B -Pbench -DskipTests package exec:exec -Dbench.main=QueryPlans -Dbench.args="target/bench/scale-db"}
 * or {@code java -cp <test classpath> ...QueryPlans <db dir> [out.md] [requests]}; default output
 * {@code target/bench/query-plans.md}.
 */
public final class QueryPlans {

    private static final String HAL = "application/hal+json";

    private QueryPlans() {}

    record Request(double millis, List<StatementCounter.Execution> executions) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Usage: QueryPlans <seeded db dir> [out.md] [requests]");
        }
        Path db = Path.of(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/query-plans.md");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        AccountabilityBenchmark.quietLogging();
        try (InProcessApplication app = InProcessApplication.existing(db)) {
            int port = Integer.parseInt(app.context.getEnvironment().getProperty("local.server.port"));
            String filterId = app.bean(FilterService.class)
                    .createFilterQuery()
                    .filterName(IdentitySeeder.FILTER_GROUP_TASKS)
                    .singleResult()
                    .getId();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
            StringBuilder md = new StringBuilder();
            DataSource dataSource = app.bean(DataSource.class);
            md.append("# Tasklist's 我的组任务 request, statement by statement\n\n")
                    .append(tableSizes(dataSource))
                    .append("\n");
            List<Request> hal = null;
            for (String accept : List.of(HAL, "application/json")) {
                List<Request> runs = new ArrayList<>();
                for (int i = 0; i < 2 * requests; i++) {
                    List<StatementCounter.Execution> executions = Collections.synchronizedList(new ArrayList<>());
                    app.counter.capture(executions);
                    long start = System.nanoTime();
                    AppProcess.call(
                            http,
                            port,
                            ScaleBenchmark.GROUP_TASK_USER,
                            "POST",
                            path,
                            ScaleBenchmark.SORT_BY_CREATED,
                            accept);
                    double millis = (System.nanoTime() - start) / 1e6;
                    app.counter.capture(null);
                    if (i >= requests) {
                        runs.add(new Request(millis, List.copyOf(executions)));
                    }
                }
                if (accept.equals(HAL)) {
                    hal = runs;
                }
                md.append(requestSection(accept, runs));
            }
            md.append(withoutAuthorizationJoin(dataSource, toExplain(hal), requests));
            md.append("## Plans (H2 `EXPLAIN ANALYZE`, the engine's parameters bound)\n\n");
            for (StatementCounter.Execution statement : toExplain(hal)) {
                md.append("```sql\n").append(explain(dataSource, statement)).append("\n```\n\n");
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
            System.out.println(md);
            System.out.println("Written to " + out.toAbsolutePath());
        }
    }

    private static String tableSizes(DataSource dataSource) throws SQLException {
        StringBuilder md = new StringBuilder("Load average " + Machine.loadAverage() + ". Rows: ");
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            List<String> counts = new ArrayList<>();
            for (String table : List.of(
                    "ACT_RU_TASK",
                    "ACT_RU_IDENTITYLINK",
                    "ACT_RU_AUTHORIZATION",
                    "ACT_RU_VARIABLE",
                    "ACT_HI_PROCINST")) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.add("`" + table + "` " + rows.getLong(1));
                }
            }
            md.append(String.join(", ", counts)).append(". ");
            md.append(connection.getMetaData().getDatabaseProductName())
                    .append(' ')
                    .append(connection.getMetaData().getDatabaseProductVersion())
                    .append(".\n");
        }
        return md.toString();
    }

    private static String requestSection(String accept, List<Request> runs) {
        double[] totals = runs.stream().mapToDouble(Request::millis).sorted().toArray();
        StringBuilder md = new StringBuilder("## `Accept: " + accept + "`\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d requests after %d untimed: p50 **%.1f ms** (min %.1f, max %.1f); %d statements per request.%n%n",
                runs.size(),
                runs.size(),
                percentile(totals, 50),
                totals[0],
                totals[totals.length - 1],
                runs.get(runs.size() - 1).executions().size()));
        md.append("| # | statement (first 110 characters) | p50 ms |\n|---:|---|---:|\n");
        // the statements of one request in order; their times as medians over all requests
        List<StatementCounter.Execution> last = runs.get(runs.size() - 1).executions();
        double sum = 0;
        for (int i = 0; i < last.size(); i++) {
            int position = i;
            double[] times = runs.stream()
                    .filter(r -> r.executions().size() == last.size())
                    .mapToDouble(r -> r.executions().get(position).nanos() / 1e6)
                    .sorted()
                    .toArray();
            double p50 = percentile(times, 50);
            sum += p50;
            String sql = last.get(i).sql();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | `%s` | %.2f |%n",
                    i + 1,
                    (sql.length() > 110 ? sql.substring(0, 110) + "…" : sql).replace("|", "\\|"),
                    p50));
        }
        md.append(String.format(Locale.ROOT, "| | sum of the medians (database) | **%.1f** |%n%n", sum));
        return md.toString();
    }

    /** The task queries and the statements taking 1 ms or more of the last request, once each. */
    private static List<StatementCounter.Execution> toExplain(List<Request> runs) {
        Map<String, StatementCounter.Execution> slow = new LinkedHashMap<>();
        for (StatementCounter.Execution e : runs.get(runs.size() - 1).executions()) {
            if (e.nanos() >= 1_000_000 || e.sql().contains(" from ACT_RU_TASK RES ")) {
                slow.putIfAbsent(e.sql(), e);
            }
        }
        return List.copyOf(slow.values());
    }

    private static String explain(DataSource dataSource, StatementCounter.Execution execution) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement plan = connection.prepareStatement("EXPLAIN ANALYZE " + execution.sql())) {
            for (Map.Entry<Integer, Object> parameter : execution.parameters().entrySet()) {
                plan.setObject(parameter.getKey(), parameter.getValue());
            }
            StringBuilder text =
                    new StringBuilder("-- parameters " + execution.parameters().values() + "\n");
            try (ResultSet rows = plan.executeQuery()) {
                while (rows.next()) {
                    text.append(rows.getString(1));
                }
            }
            return text.toString();
        }
    }

    /**
     * The task list and count replayed twice over JDBC, each time parsed anew (so that no cached result is
     * reused): as the engine sent them, and without the authorization join ({@code AUTH}) — what the rest of the
     * statement costs. Diagnosis only: the engine's statement is not changed.
     */
    private static String withoutAuthorizationJoin(
            DataSource dataSource, List<StatementCounter.Execution> statements, int runs) throws SQLException {
        StringBuilder md = new StringBuilder(
                "## The task queries with and without their authorization join (replayed over JDBC, p50 of " + runs
                        + ")\n\n| statement | as sent ms | without the `AUTH` join ms |\n|---|---:|---:|\n");
        for (StatementCounter.Execution e : statements) {
            if (!e.sql().contains(" from ACT_RU_TASK RES ")) {
                continue;
            }
            StatementCounter.Execution stripped = stripAuthorizationJoin(e);
            if (stripped == null) {
                continue;
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| `%s…` | %.1f | %.1f |%n",
                    e.sql().substring(0, 40),
                    replayMillis(dataSource, e, runs),
                    replayMillis(dataSource, stripped, runs)));
        }
        return md.append("\n").toString();
    }

    private static final String AUTH_JOIN_START = " left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A ";
    private static final String AUTH_CONDITION = "(AUTH.RESOURCE_ID_ IS NOT NULL)";

    /** The statement without {@code left join (SELECT A.* ...) AUTH ON (...)}, its parameters renumbered. */
    static StatementCounter.Execution stripAuthorizationJoin(StatementCounter.Execution e) {
        String sql = e.sql();
        int start = sql.indexOf(AUTH_JOIN_START);
        int on = start < 0 ? -1 : sql.indexOf(") AUTH ON (", start);
        int end = on < 0 ? -1 : sql.indexOf("))", on + ") AUTH ON (".length());
        if (end < 0 || !sql.contains(AUTH_CONDITION)) {
            return null;
        }
        end += 2;
        int before = placeholders(sql.substring(0, start));
        int removed = placeholders(sql.substring(start, end));
        Map<Integer, Object> parameters = new TreeMap<>();
        e.parameters().forEach((index, value) -> {
            if (index <= before) {
                parameters.put(index, value);
            } else if (index > before + removed) {
                parameters.put(index - removed, value);
            }
        });
        String stripped = (sql.substring(0, start) + sql.substring(end)).replace(AUTH_CONDITION, "1 = 1");
        return new StatementCounter.Execution(stripped, parameters, 0);
    }

    private static int placeholders(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    private static double replayMillis(DataSource dataSource, StatementCounter.Execution e, int runs)
            throws SQLException {
        double[] millis = new double[runs];
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                try (PreparedStatement sql = connection.prepareStatement("/* replay " + i + " */ " + e.sql())) {
                    for (Map.Entry<Integer, Object> parameter : e.parameters().entrySet()) {
                        sql.setObject(parameter.getKey(), parameter.getValue());
                    }
                    try (ResultSet rows = sql.executeQuery()) {
                        while (rows.next()) {
                            // read every row, as MyBatis does
                        }
                    }
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return percentile(millis, 50);
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
