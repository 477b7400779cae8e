package cn.gov.pingnan.accountability.bench;

import static cn.gov.pingnan.accountability.register.RestrictionCheckBenchmark.ms;
import static cn.gov.pingnan.accountability.register.RestrictionCheckBenchmark.percentile;
import static cn.gov.pingnan.accountability.register.RestrictionCheckBenchmark.personId;

import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Part 2: staff-facing queries over REST against the jar, with many open and closed cases in its database,
 * and part of part 3 (start-up and memory with that database). Cases are seeded in this JVM through the
 * engine ({@link ScaleSeeder}); register rows by JDBC batches as in the register benchmark. For each register
 * size the jar is started anew on the grown database; the largest size also measures the task and history
 * queries, so the resident memory after it is the memory after the whole scale run.
 */
final class ScaleBenchmark {

    /** {@code reuseDatabase}: measure the database an earlier run seeded (its register rows are replaced). */
    record Options(
            int openCases,
            int closedCases,
            List<Integer> registerSizes,
            int samples,
            int warmupRequests,
            int seedThreads,
            int batchSize,
            Path jar,
            String jvmOptions,
            boolean reuseDatabase,
            String database) {}

    /** {@code minMs}: on a machine shared with other work, the fastest request is the best estimate of the uncontended cost. */
    record Latency(
            String query,
            String user,
            int samples,
            double minMs,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double maxMs,
            double meanMs,
            String loadAverage,
            String note) {}

    record RegisterRun(int rows, AppProcess.Start start, Latency check) {}

    record Report(
            String database,
            String compaction,
            ScaleSeeder.Seeded seeded,
            long databaseMbAfterSeeding,
            long compactSeconds,
            long databaseMb,
            List<RegisterRun> register,
            List<Latency> queries,
            long rssMbAfterScaleRun,
            double checkP50RatioLargestToSmallest,
            int groupTaskUserOpenTasks) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestrictionCalculator RULES = RestrictionCalculator.withDefaultCatalogue();
    private static final int ROWS_PER_PERSON = 3;
    private static final LocalDate FIRST_DECISION = LocalDate.of(2016, 9, 14);
    private static final int DECISION_DAYS = 3650;
    static final String GROUP_TASK_USER = "diaocha";

    private ScaleBenchmark() {}

    static Report run(Path dir, Options options) throws Exception {
        try (ScaleDatabase database = ScaleDatabase.open(options.database(), dir, options.reuseDatabase())) {
            return run(dir, options, database);
        }
    }

    private static Report run(Path dir, Options options, ScaleDatabase db) throws Exception {
        Path seededFile = db.appDir.resolve("seeded.json");
        ScaleSeeder.Seeded seeded;
        long seededMb;
        long compactSeconds;
        if (options.reuseDatabase()) {
            seeded = JSON.readValue(seededFile.toFile(), ScaleSeeder.Seeded.class);
            seededMb = -1;
            compactSeconds = 0;
            removeRegisterRows(db);
        } else {
            try (InProcessApplication app = InProcessApplication.fresh(db.appDir, db.seedingProperties())) {
                seeded = ScaleSeeder.seed(
                        app.bean(ProcessEngine.class),
                        options.openCases(),
                        options.closedCases(),
                        options.seedThreads(),
                        options.batchSize());
            }
            seededMb = db.sizeMb();
            compactSeconds = db.compact();
            JSON.writeValue(seededFile.toFile(), seeded);
        }
        SplittableRandom random = new SplittableRandom(20160914);
        List<Integer> sizes = options.registerSizes().stream().sorted().toList();
        List<RegisterRun> register = new ArrayList<>();
        List<Latency> queries = new ArrayList<>();
        long rssAfter = -1;
        int openTasks = -1;
        int rows = 0;
        for (int i = 0; i < sizes.size(); i++) {
            rows = fillRegister(db, rows, sizes.get(i), random);
            boolean last = i == sizes.size() - 1;
            try (AppProcess app = AppProcess.start(
                    options.jar(),
                    db.appDir,
                    dir.resolve("logs/scale-" + sizes.get(i) + ".log"),
                    options.jvmOptions(),
                    db.applicationArguments())) {
                if (last) {
                    String filterId = groupTaskFilterId(app);
                    openTasks = JSON.readTree(app.call(
                                    GROUP_TASK_USER, "GET", "/engine-rest/filter/" + filterId + "/count", null, null))
                            .path("count")
                            .asInt();
                    queries.add(measure(
                            "group tasks (我的组任务, first 15 by created, as Tasklist: hal+json)",
                            GROUP_TASK_USER,
                            options.samples(),
                            options.warmupRequests(),
                            "POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15",
                            () -> app.call(
                                    GROUP_TASK_USER,
                                    "POST",
                                    "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                                    SORT_BY_CREATED,
                                    "application/hal+json")));
                    queries.add(measure(
                            "group tasks (我的组任务, first 15 by created, plain JSON)",
                            GROUP_TASK_USER,
                            options.samples(),
                            options.warmupRequests(),
                            "same request with Accept: application/json",
                            () -> app.call(
                                    GROUP_TASK_USER,
                                    "POST",
                                    "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                                    SORT_BY_CREATED,
                                    null)));
                    // issue 17: 案件查询 on the staff pages' case index (pages/CaseSearch), through its JSON twin
                    int caseCount = seeded.openCases() + seeded.closedCases();
                    queries.add(measure(
                            "staff case search by respondent id (案件查询, read-all group)",
                            "jiwei",
                            options.samples(),
                            options.warmupRequests(),
                            "GET /api/cases?person=<person id of a random seeded case>",
                            () -> app.call(
                                    "jiwei",
                                    "GET",
                                    "/api/cases?person=" + ScaleSeeder.personId(random.nextInt(caseCount)),
                                    null,
                                    null)));
                    queries.add(measure(
                            "staff case search, first page of all cases with total (案件查询, read-all group)",
                            "jiwei",
                            options.samples(),
                            options.warmupRequests(),
                            "GET /api/cases",
                            () -> app.call("jiwei", "GET", "/api/cases", null, null)));
                    queries.add(measure(
                            "staff case search, first page of open cases under the township rule (R-13.1)",
                            "xiangzhen",
                            options.samples(),
                            options.warmupRequests(),
                            "GET /api/cases?status=OPEN",
                            () -> app.call("xiangzhen", "GET", "/api/cases?status=OPEN", null, null)));
                    List<String> keys = new ArrayList<>(seeded.openKeys());
                    keys.addAll(seeded.closedKeys());
                    queries.add(measure(
                            "case history by business key + its activity instances",
                            "admin",
                            options.samples(),
                            options.warmupRequests(),
                            "GET /engine-rest/history/process-instance?processInstanceBusinessKey=… then "
                                    + "/history/activity-instance?processInstanceId=… for each instance of the case",
                            () -> caseHistory(app, keys.get(random.nextInt(keys.size())))));
                    // issue 13 part 3: the county's statistics over the ten years up to today (nearly every seeded
                    // case)
                    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                    String statistics = "/api/statistics?from=" + today.minusDays(3650) + "&to=" + today;
                    queries.add(measure(
                            "statistics of ten years (统计: counts by field, ground, measure, level, route; median)",
                            "jiwei",
                            options.samples(),
                            options.warmupRequests(),
                            "GET " + statistics,
                            () -> app.call("jiwei", "GET", statistics, null, null)));
                }
                Latency check = measure(
                        "restriction check at " + rows + " rows",
                        "zuzhibu",
                        options.samples(),
                        options.warmupRequests(),
                        "GET /api/restrictions/check?personId=…&action=…&date=…",
                        () -> check(app, sizes.get(0), random));
                register.add(new RegisterRun(rows, app.start, check));
                if (last) {
                    queries.add(check);
                    rssAfter = app.rssMb();
                }
            }
        }
        double ratio = ThroughputBenchmark.round(
                register.get(register.size() - 1).check().p50Ms()
                        / register.get(0).check().p50Ms(),
                2);
        return new Report(
                db.label(),
                db.compaction(),
                seeded,
                seededMb,
                compactSeconds,
                db.sizeMb(),
                register,
                queries,
                rssAfter,
                ratio,
                openTasks);
    }

    static final String SORT_BY_CREATED = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

    private static String groupTaskFilterId(AppProcess app) throws Exception {
        JsonNode filters = JSON.readTree(app.call(
                GROUP_TASK_USER,
                "GET",
                "/engine-rest/filter?name="
                        + URLEncoder.encode(IdentitySeeder.FILTER_GROUP_TASKS, StandardCharsets.UTF_8),
                null,
                null));
        if (filters.size() != 1) {
            throw new IllegalStateException(
                    "Expected the seeded filter " + IdentitySeeder.FILTER_GROUP_TASKS + ", got " + filters);
        }
        return filters.get(0).path("id").asText();
    }

    private static Object caseHistory(AppProcess app, String businessKey) throws Exception {
        JsonNode instances = JSON.readTree(app.call(
                "admin",
                "GET",
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey,
                null,
                null));
        if (instances.isEmpty()) {
            throw new IllegalStateException("No history for case " + businessKey);
        }
        int activities = 0;
        for (JsonNode instance : instances) {
            activities += JSON.readTree(app.call(
                            "admin",
                            "GET",
                            "/engine-rest/history/activity-instance?processInstanceId="
                                    + instance.path("id").asText() + "&sortBy=startTime&sortOrder=asc",
                            null,
                            null))
                    .size();
        }
        return activities;
    }

    /** Persons of the smallest size: their rows exist at every size, so every size answers the same questions. */
    private static Object check(AppProcess app, int smallestSize, SplittableRandom random) throws Exception {
        int persons = (smallestSize + ROWS_PER_PERSON - 1) / ROWS_PER_PERSON;
        EligibilityAction[] actions = EligibilityAction.values();
        LocalDate date = FIRST_DECISION.plusDays(random.nextInt(DECISION_DAYS + 730));
        return app.call(
                "zuzhibu",
                "GET",
                "/api/restrictions/check?personId=" + personId(random.nextInt(persons)) + "&action="
                        + actions[random.nextInt(actions.length)] + "&date=" + date,
                null,
                null);
    }

    interface Call {
        Object run() throws Exception;
    }

    /**
     * Sequential requests: {@code warmup} untimed first (JIT of a freshly started jar, caches: every register size
     * runs on a new jar, and the largest one after the other queries), then {@code samples} timed. A slow query stops
     * earlier: warm-up after 30 s, timing after 90 s (30 samples at least).
     */
    static Latency measure(String query, String user, int samples, int warmup, String note, Call call)
            throws Exception {
        long warmupEnd = System.nanoTime() + 30_000_000_000L;
        for (int i = 0; i < warmup && System.nanoTime() < warmupEnd; i++) {
            call.run();
        }
        long timingEnd = System.nanoTime() + 90_000_000_000L;
        long[] nanos = new long[samples];
        int n = 0;
        while (n < samples && (n < 30 || System.nanoTime() < timingEnd)) {
            long start = System.nanoTime();
            call.run();
            nanos[n++] = System.nanoTime() - start;
        }
        nanos = Arrays.copyOf(nanos, n);
        Arrays.sort(nanos);
        return new Latency(
                query,
                user,
                n,
                ms(nanos[0]),
                ms(percentile(nanos, 50)),
                ms(percentile(nanos, 95)),
                ms(percentile(nanos, 99)),
                ms(nanos[n - 1]),
                ms((long) Arrays.stream(nanos).average().orElse(0)),
                Machine.loadAverage(),
                note);
    }

    /** Adds register rows {@code from..to-1} (person {@code row / 3}, one removal each) while the application is stopped. */
    static int fillRegister(ScaleDatabase db, int from, int to, SplittableRandom random) throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO acc_restriction (case_business_key, person_id,"
                            + " person_name, unit, restriction_type, valid_from, valid_until, basis, status, created_by, created_at)"
                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                List<RestrictionPeriod> periods = List.of();
                for (int row = from; row < to; row++) {
                    if (row % ROWS_PER_PERSON == 0 || row == from) {
                        periods = RULES.compute(
                                Measure.REMOVAL, FIRST_DECISION.plusDays(random.nextInt(DECISION_DAYS)), List.of());
                    }
                    RestrictionPeriod p = periods.get(row % ROWS_PER_PERSON);
                    insert.setString(1, "PN-BENCH-" + row / ROWS_PER_PERSON);
                    insert.setString(2, personId(row / ROWS_PER_PERSON));
                    insert.setString(3, null);
                    insert.setString(4, null);
                    insert.setString(5, p.type().name());
                    insert.setObject(6, p.from());
                    insert.setObject(7, p.until());
                    insert.setString(8, p.basis());
                    insert.setString(9, random.nextInt(4) == 0 ? "EXPIRED" : "ACTIVE");
                    insert.setString(10, "bench");
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if ((row - from) % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
                try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM acc_restriction")) {
                    count.next();
                    return count.getInt(1);
                }
            }
        }
    }

    private static void removeRegisterRows(ScaleDatabase db) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM acc_restriction WHERE case_business_key LIKE 'PN-BENCH-%'");
        }
    }
}
