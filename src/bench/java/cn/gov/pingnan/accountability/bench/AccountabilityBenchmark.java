package cn.gov.pingnan.accountability.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Issue 8: our case beside the bare engine, staff-facing queries at scale, start-up and memory.
 * Not a test: a program. {@code ./mvnw -B -Pbench -DskipTests package exec:exec} runs it with the defaults;
 * {@code -Dbench.args="parts=throughput runs=9"} passes options (key=value, see {@link #DEFAULTS}).
 * Writes {@code <dir>/results.json} and {@code <dir>/results.md}; see docs/performance.md.
 */
public final class AccountabilityBenchmark {

    /** The JVM options docs/performance.md recommends for the jar (measured beside the defaults). */
    static final String RECOMMENDED_JVM_OPTIONS = "-Xmx512m -XX:+UseSerialGC";

    /** Every option with its default. */
    static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("dir", "target/bench");
        d.put("parts", "throughput,scale,startup");
        // part 1
        d.put("warmup", "20");
        d.put("runs", "7");
        d.put("casesPerRun", "20");
        d.put("threads", "1,2");
        d.put("historyLevel", "full");
        d.put("appProperties", "");
        // part 2
        d.put("openCases", "10000");
        d.put("closedCases", "100000");
        d.put("registerSizes", "1000,10000,100000");
        d.put("samples", "300");
        d.put("restWarmup", "1000");
        d.put("seedThreads", "2");
        d.put("seedBatch", "50");
        d.put("reuseScaleDb", "false");
        d.put("database", "h2");
        // part 3: start-ups on an empty database, per JVM option set ('|' between sets; empty = the JVM's defaults)
        d.put("startups", "3");
        d.put(
                "startupJvmOptions",
                "|" + RECOMMENDED_JVM_OPTIONS + "|" + RECOMMENDED_JVM_OPTIONS + " -XX:TieredStopAtLevel=1");
        // part 2 and 3: the application jar and its JVM options
        d.put("jar", "");
        d.put("jvmOptions", "");
        return d;
    }

    private AccountabilityBenchmark() {}

    public static void main(String[] args) throws Exception {
        quietLogging();
        Map<String, String> options = parse(args);
        Map<String, Object> results = run(options);
        System.out.println(Files.readString(Path.of(options.get("dir"), "results.md"), StandardCharsets.UTF_8));
        System.out.println(
                "Written " + Path.of(options.get("dir"), "results.json").toAbsolutePath());
        // the results are complete; don't wait for pools of the closed contexts
        System.exit(results.containsKey("error") ? 1 : 0);
    }

    static Map<String, String> parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>(DEFAULTS);
        // exec:exec splits the arguments at spaces; JVM option values have spaces, so rejoin and split before "key="
        for (String arg : List.of(String.join(" ", args))) {
            for (String token : arg.trim().split("\\s+(?=\\w+=)")) {
                if (token.isBlank()) {
                    continue;
                }
                String[] kv = token.split("=", 2);
                if (kv.length != 2 || !options.containsKey(kv[0])) {
                    throw new IllegalArgumentException(
                            "Unknown option '" + token + "'; use key=value with keys " + options.keySet());
                }
                options.put(kv[0], kv[1]);
            }
        }
        return options;
    }

    /** {@code key=value|key=value} (a value may contain {@code =} and {@code ;}, as a JDBC URL does). */
    static Map<String, Object> properties(String spec) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String pair : spec.split("\\|")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("appProperties: expected key=value, got '" + pair + "'");
            }
            properties.put(kv[0], kv[1]);
        }
        return properties;
    }

    /** Runs the parts named in {@code parts} and writes results.json and results.md; returns the results. */
    static Map<String, Object> run(Map<String, String> options) throws Exception {
        Path dir = Path.of(options.get("dir"));
        Files.createDirectories(dir);
        List<String> parts = List.of(options.get("parts").split(","));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", Instant.now());
        results.put("machine", Machine.describe());
        results.put("options", options);
        if (parts.contains("throughput")) {
            results.put("loadBefore.throughput", Machine.loadAverage());
            results.put(
                    "throughput",
                    ThroughputBenchmark.run(
                            dir.resolve("throughput-db"),
                            new ThroughputBenchmark.Options(
                                    Integer.parseInt(options.get("warmup")), Integer.parseInt(options.get("runs")),
                                    Integer.parseInt(options.get("casesPerRun")),
                                            ThroughputBenchmark.ints(options.get("threads")),
                                    options.get("historyLevel"), properties(options.get("appProperties")))));
            results.put("loadAfter.throughput", Machine.loadAverage());
            write(dir, results);
        }
        if (parts.contains("scale")) {
            results.put("loadBefore.scale", Machine.loadAverage());
            results.put(
                    "scale",
                    ScaleBenchmark.run(
                            dir,
                            new ScaleBenchmark.Options(
                                    Integer.parseInt(options.get("openCases")),
                                    Integer.parseInt(options.get("closedCases")),
                                    ThroughputBenchmark.ints(options.get("registerSizes")),
                                    Integer.parseInt(options.get("samples")),
                                    Integer.parseInt(options.get("restWarmup")),
                                    Integer.parseInt(options.get("seedThreads")),
                                    Integer.parseInt(options.get("seedBatch")),
                                    AppProcess.findJar(options.get("jar")),
                                    options.get("jvmOptions"),
                                    Boolean.parseBoolean(options.get("reuseScaleDb")),
                                    options.get("database"))));
            results.put("loadAfter.scale", Machine.loadAverage());
            write(dir, results);
        }
        if (parts.contains("startup")) {
            results.put(
                    "startup",
                    startups(
                            dir,
                            AppProcess.findJar(options.get("jar")),
                            Integer.parseInt(options.get("startups")),
                            List.of(options.get("startupJvmOptions").split("\\|", -1))));
            write(dir, results);
        }
        results.put("finishedAt", Instant.now());
        write(dir, results);
        return results;
    }

    /** Part 3: from {@code java -jar} to a served Tasklist login page on an empty database, and RSS after start. */
    static List<StartupFigures> startups(Path dir, Path jar, int repeats, List<String> jvmOptionSets) throws Exception {
        List<StartupFigures> figures = new java.util.ArrayList<>();
        for (String jvmOptions : jvmOptionSets) {
            List<AppProcess.Start> starts = new java.util.ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                Path data = dir.resolve("startup-db");
                InProcessApplication.deleteTree(data);
                try (AppProcess app = AppProcess.start(
                        jar, data, dir.resolve("logs/startup-" + figures.size() + "-" + i + ".log"), jvmOptions)) {
                    starts.add(app.start);
                }
            }
            double[] ready = starts.stream()
                    .mapToDouble(AppProcess.Start::readySeconds)
                    .sorted()
                    .toArray();
            double[] rss = starts.stream()
                    .mapToDouble(AppProcess.Start::rssMbAfterStart)
                    .sorted()
                    .toArray();
            figures.add(new StartupFigures(
                    jvmOptions.isBlank() ? "(JVM defaults)" : jvmOptions.trim(),
                    repeats,
                    ThroughputBenchmark.median(ready),
                    ready[0],
                    ready[ready.length - 1],
                    (long) ThroughputBenchmark.median(rss),
                    (long) rss[0],
                    (long) rss[rss.length - 1],
                    starts));
        }
        return figures;
    }

    record StartupFigures(
            String jvmOptions,
            int starts,
            double medianReadySeconds,
            double minReadySeconds,
            double maxReadySeconds,
            long medianRssMb,
            long minRssMb,
            long maxRssMb,
            List<AppProcess.Start> each) {}

    static void write(Path dir, Map<String, Object> results) throws IOException {
        new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("results.json").toFile(), results);
        Files.writeString(dir.resolve("results.md"), ResultsMarkdown.render(results), StandardCharsets.UTF_8);
    }

    /** Outside Spring Boot logback would log everything at DEBUG until a context starts. */
    static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static long pid() {
        return ManagementFactory.getRuntimeMXBean().getPid();
    }
}
