package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.tenant.Counties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * how the eligibility check ({@link RestrictionRegister#blocking}) scales with the register.
 * Not a test: a program that fills an H2 file database (Flyway migration of the application) with
 * 1k, 10k and 100k rows and measures the service call, proxied with its transaction as in the
 * application. Writes {@code <dir>/restriction-check.json} and prints a Markdown table. With
 * {@code url=jdbc:postgresql://... user=... password=...} it measures an empty PostgreSQL database instead.
 *
 * <p>Run: {@code ./mvnw -Pbench-register test-compile exec:java} (optional
 * {@code -Dexec.args="sizes=1000,10000,100000 samples=3000 dir=target/bench"}).
 */
public final class RestrictionCheckBenchmark {

    private static final RestrictionCalculator RULES = RestrictionCalculator.withDefaultCatalogue();
    /** Rows per person: one removal case. */
    private static final int ROWS_PER_PERSON = 3;

    private static final LocalDate FIRST_DECISION = LocalDate.of(2016, 9, 14);
    private static final int DECISION_DAYS = 3650;
    private static final int BATCH = 1_000;

    public record Figures(
            int rows,
            int persons,
            int samples,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double maxMs,
            double meanMs,
            long blockedPercent) {}

    public record Report(
            Instant measuredAt,
            String database,
            String query,
            List<Figures> results,
            double p50RatioLargestToSmallest,
            List<String> plan) {}

    private RestrictionCheckBenchmark() {}

    public static void main(String[] args) throws IOException {
        quietLogging();
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "sizes",
                "1000,10000,100000",
                "samples",
                "3000",
                "dir",
                "target/bench",
                "url",
                "",
                "user",
                "sa",
                "password",
                ""));
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !options.containsKey(kv[0])) {
                throw new IllegalArgumentException(
                        "Unknown argument '" + arg + "'; use " + options.keySet() + " as key=value");
            }
            options.put(kv[0], kv[1]);
        }
        List<Integer> sizes = Arrays.stream(options.get("sizes").split(","))
                .map(s -> Integer.parseInt(s.trim()))
                .toList();
        Path dir = Path.of(options.get("dir"));
        String url = options.get("url").isBlank() ? freshH2(dir) : options.get("url");
        Report report = run(
                dir,
                url,
                options.get("user"),
                options.get("password"),
                sizes,
                Integer.parseInt(options.get("samples")));
        System.out.println(markdown(report));
        System.out.println("Written "
                + Path.of(options.get("dir"), "restriction-check.json").toAbsolutePath());
    }

    /** On a new H2 file database under {@code dir}. */
    public static Report run(Path dir, List<Integer> sizes, int samples) throws IOException {
        return run(dir, freshH2(dir), "sa", "", sizes, samples);
    }

    /**
     * Fills the register up to each size in turn (ascending) and measures {@code samples} checks at
     * each; the database (e.g. a PostgreSQL one) must hold no register rows yet.
     */
    public static Report run(Path dir, String url, String user, String password, List<Integer> sizes, int samples)
            throws IOException {
        Files.createDirectories(dir);
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            dataSource.setPassword(password);
            dataSource.setMaximumPoolSize(2);
            // the application's migration, with its settings (application.yaml, spring.flyway.*)
            Flyway.configure()
                    .dataSource(dataSource)
                    .table("accountability_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();

            try (var context = new AnnotationConfigApplicationContext()) {
                context.registerBean(DataSource.class, () -> dataSource);
                context.register(Wiring.class);
                context.refresh();
                RestrictionRegister register = context.getBean(RestrictionRegister.class);
                NamedParameterJdbcTemplate jdbc = context.getBean(NamedParameterJdbcTemplate.class);
                if (jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM acc_restriction", Long.class) > 0) {
                    throw new IllegalStateException(
                            "The benchmark fills acc_restriction itself: use a database without rows");
                }

                SplittableRandom random = new SplittableRandom(20160914);
                List<Figures> results = new ArrayList<>();
                int rows = 0;
                for (int size : sizes.stream().sorted().toList()) {
                    rows = fill(jdbc, rows, size, random);
                    jdbc.getJdbcTemplate().execute("ANALYZE");
                    results.add(measure(register, size, samples, random));
                }
                List<String> plan = jdbc.queryForList(
                        "EXPLAIN " + JdbcRestrictionRegister.BLOCKING,
                        new MapSqlParameterSource()
                                .addValue("counties", List.of("pingnan"))
                                .addValue("personId", personId(0))
                                .addValue("types", List.of("NO_POST", "NO_PROMOTION"))
                                .addValue("date", LocalDate.now()),
                        String.class);
                String database = jdbc.getJdbcTemplate().execute((ConnectionCallback<String>)
                        c -> c.getMetaData().getDatabaseProductName() + " "
                                + c.getMetaData().getDatabaseProductVersion());
                Report report = new Report(
                        Instant.now(), database, JdbcRestrictionRegister.BLOCKING, results, ratio(results), plan);
                writeJson(dir.resolve("restriction-check.json"), report);
                return report;
            }
        }
    }

    /** the same transactional proxy the application puts around the register. */
    @Configuration
    @EnableTransactionManagement
    static class Wiring {
        @Bean
        NamedParameterJdbcTemplate namedParameterJdbcTemplate(DataSource dataSource) {
            return new NamedParameterJdbcTemplate(dataSource);
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        JdbcRestrictionRegister restrictionRegister(NamedParameterJdbcTemplate jdbc) {
            Counties counties = new Counties();
            Counties.Entry county = new Counties.Entry();
            county.setId("pingnan");
            county.setName("平南县");
            county.setPrefix("PN");
            counties.setCounties(List.of(county));
            return new JdbcRestrictionRegister(jdbc, counties);
        }
    }

    /** Batch-inserts rows {@code from..to-1}; person {@code row / 3} was removed from post on a random day. */
    private static int fill(NamedParameterJdbcTemplate jdbc, int from, int to, SplittableRandom random) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>(BATCH);
        List<RestrictionPeriod> periods = List.of();
        for (int row = from; row < to; row++) {
            int person = row / ROWS_PER_PERSON;
            if (row % ROWS_PER_PERSON == 0 || row == from) {
                periods = RULES.compute(
                        Measure.REMOVAL, FIRST_DECISION.plusDays(random.nextInt(DECISION_DAYS)), List.of());
            }
            RestrictionPeriod period = periods.get(row % ROWS_PER_PERSON);
            batch.add(new Object[] {
                "PN-BENCH-" + person,
                personId(person),
                null,
                null,
                period.type().name(),
                period.from(),
                period.until(),
                period.basis(),
                random.nextInt(4) == 0 ? "EXPIRED" : "ACTIVE",
                "bench",
                now
            });
            if (batch.size() == BATCH) {
                insert(jdbc, batch);
            }
        }
        insert(jdbc, batch);
        return to;
    }

    private static void insert(NamedParameterJdbcTemplate jdbc, List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.getJdbcTemplate()
                .batchUpdate(
                        "INSERT INTO acc_restriction (case_business_key, person_id, person_name, unit, restriction_type,"
                                + " valid_from, valid_until, basis, status, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        batch);
        batch.clear();
    }

    private static Figures measure(RestrictionRegister register, int rows, int samples, SplittableRandom random) {
        int persons = (rows + ROWS_PER_PERSON - 1) / ROWS_PER_PERSON;
        EligibilityAction[] actions = EligibilityAction.values();
        for (int i = 0; i < Math.max(500, samples / 2); i++) { // warm-up: JIT, pool, H2 page cache
            check(register, persons, actions, random);
        }
        long[] nanos = new long[samples];
        long blocked = 0;
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            boolean isBlocked = check(register, persons, actions, random);
            nanos[i] = System.nanoTime() - start;
            blocked += isBlocked ? 1 : 0;
        }
        Arrays.sort(nanos);
        return new Figures(
                rows,
                persons,
                samples,
                ms(percentile(nanos, 50)),
                ms(percentile(nanos, 95)),
                ms(percentile(nanos, 99)),
                ms(nanos[nanos.length - 1]),
                ms((long) Arrays.stream(nanos).average().orElse(0)),
                Math.round(100.0 * blocked / samples));
    }

    private static boolean check(
            RestrictionRegister register, int persons, EligibilityAction[] actions, SplittableRandom random) {
        LocalDate date = FIRST_DECISION.plusDays(random.nextInt(DECISION_DAYS + 730));
        return !register.blocking(personId(random.nextInt(persons)), actions[random.nextInt(actions.length)], date)
                .isEmpty();
    }

    /** The benchmark persons' ids (also used by the issue-8 benchmark, which fills the register the same way). */
    public static String personId(int index) {
        return String.format(Locale.ROOT, "452131%012d", index);
    }

    /** Nearest-rank percentile of sorted values. */
    public static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Nanoseconds as milliseconds with three decimals. */
    public static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }

    private static double ratio(List<Figures> results) {
        Figures smallest = results.get(0);
        Figures largest = results.get(results.size() - 1);
        return Math.round(100.0 * largest.p50Ms() / smallest.p50Ms()) / 100.0;
    }

    static String markdown(Report report) {
        StringBuilder table = new StringBuilder();
        table.append("Restriction check (RestrictionRegister.blocking), ")
                .append(report.database())
                .append('\n');
        table.append("| rows | persons | samples | p50 ms | p95 ms | p99 ms | max ms | blocked % |\n");
        table.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : report.results()) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %d |%n",
                    f.rows(),
                    f.persons(),
                    f.samples(),
                    f.p50Ms(),
                    f.p95Ms(),
                    f.p99Ms(),
                    f.maxMs(),
                    f.blockedPercent()));
        }
        table.append("p50 largest/smallest: ")
                .append(report.p50RatioLargestToSmallest())
                .append('\n');
        table.append("plan: ")
                .append(String.join(" ", report.plan()).replaceAll("\\s+", " "))
                .append('\n');
        return table.toString();
    }

    private static void writeJson(Path file, Report report) throws IOException {
        new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), report);
    }

    /** A new, empty H2 file database under {@code dir} (the previous run's is deleted). */
    private static String freshH2(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("register."))
                    .toList()) {
                Files.delete(file);
            }
        }
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("register") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Outside Spring Boot logback would log everything at DEBUG. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
