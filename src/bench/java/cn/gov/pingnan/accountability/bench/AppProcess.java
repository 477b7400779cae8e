package cn.gov.pingnan.accountability.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as operators run it: {@code java -jar target/accountability-*.jar} in a process of its own,
 * on a free port and the given data directory. Start-up time is from launching the process to the first
 * 200 of the Tasklist login page; memory is the process's resident set (VmRSS). Public for the fault tests
 * ({@code reliability/*IT}), which kill it with SIGKILL and start it again on the same data directory.
 */
public final class AppProcess implements AutoCloseable {

    static final String READY_PATH = "/camunda/app/tasklist/default/";

    public record Start(double readySeconds, long rssMbAfterStart, String jvmOptions, String loadAverage) {}

    final int port;
    public final Process process;
    public final Start start;
    public final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AppProcess(
            Path jar,
            Path dataDir,
            Path log,
            List<String> jvmOptions,
            List<String> appArguments,
            Path loaderPath,
            Duration timeout)
            throws IOException, InterruptedException {
        port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (loaderPath == null) {
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
        } else {
            // Spring Boot's PropertiesLauncher: the same jar, plus the classes of loaderPath (a test-only hook)
            command.add("-Dloader.path=" + loaderPath.toAbsolutePath());
            command.add("-cp");
            command.add(jar.toAbsolutePath().toString());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        command.add("--server.port=" + port);
        command.add("--pingnan.data-dir=" + dataDir.toAbsolutePath());
        command.addAll(appArguments);
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        long launched = System.nanoTime();
        process = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        double ready;
        try {
            ready = awaitReady(launched, timeout, log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly(); // a start that never became ready must not outlive the caller
            throw e;
        }
        if (loaderPath == null) {
            // RSS once start-up work (seeding, deployment) has settled
            Thread.sleep(2_000);
        }
        start = new Start(
                ThroughputBenchmark.round(ready, 2),
                Machine.rssMb(process.pid()),
                String.join(" ", jvmOptions),
                Machine.loadAverage());
    }

    static AppProcess start(Path jar, Path dataDir, Path log, String jvmOptions)
            throws IOException, InterruptedException {
        return start(jar, dataDir, log, jvmOptions, List.of());
    }

    /** With {@code appArguments} (e.g. {@code --spring.profiles.active=postgres}) after the port and data directory. */
    public static AppProcess start(Path jar, Path dataDir, Path log, String jvmOptions, List<String> appArguments)
            throws IOException, InterruptedException {
        List<String> options = jvmOptions == null || jvmOptions.isBlank()
                ? List.of()
                : List.of(jvmOptions.trim().split("\\s+"));
        return new AppProcess(jar, dataDir, log, options, appArguments, null, Duration.ofMinutes(5));
    }

    /**
     * As {@link #start(Path, Path, Path, String, List)}, with the classes and resources under {@code loaderPath} on
     * the application's class path (Spring Boot's {@code loader.path}); the jar itself stays as built.
     */
    public static AppProcess start(
            Path jar, Path dataDir, Path log, List<String> jvmOptions, List<String> appArguments, Path loaderPath)
            throws IOException, InterruptedException {
        return new AppProcess(jar, dataDir, log, jvmOptions, appArguments, loaderPath, Duration.ofMinutes(5));
    }

    private double awaitReady(long launched, Duration timeout, Path log) throws IOException, InterruptedException {
        long deadline = launched + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(uri(READY_PATH))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped during start-up (exit " + process.exitValue()
                        + "); see " + log.toAbsolutePath());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(
                "The application was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    long rssMb() {
        return Machine.rssMb(process.pid());
    }

    /** One request with HTTP Basic authentication (password {@code demo}); fails on a non-2xx answer. */
    public String call(String user, String method, String pathAndQuery, String jsonBody, String accept)
            throws IOException, InterruptedException {
        return call(http, port, user, method, pathAndQuery, jsonBody, accept);
    }

    /** The same against any application on {@code localhost:port} (also the one {@code QueryPlans} runs in its JVM). */
    static String call(
            HttpClient http, int port, String user, String method, String pathAndQuery, String jsonBody, String accept)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                request(port, user, method, pathAndQuery, jsonBody, accept),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + pathAndQuery + " as " + user + " → " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    /** One request with HTTP Basic authentication (password {@code demo}), whatever the answer. */
    public HttpResponse<String> send(String user, String method, String pathAndQuery, String jsonBody, String accept)
            throws IOException, InterruptedException {
        return http.send(
                request(user, method, pathAndQuery, jsonBody, accept),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The request {@link #send} sends, for callers that send it themselves (asynchronously). */
    public HttpRequest request(String user, String method, String pathAndQuery, String jsonBody, String accept) {
        return request(port, user, method, pathAndQuery, jsonBody, accept);
    }

    private static HttpRequest request(
            int port, String user, String method, String pathAndQuery, String jsonBody, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept == null ? "application/json" : accept);
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        return request.build();
    }

    /**
     * {@code kill -9} (SIGKILL on Linux): the process ends at once, with no shutdown of Spring or the engine, the H2
     * file left as that moment found it (cluster/ClusterIT, reliability/KillDuringStepIT). Returns the exit status.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The application did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: Spring closes the engine and the H2 file cleanly
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code target/accountability-*.jar} (not the plain {@code .jar.original}). */
    public static Path findJar(String configured) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "accountability-*.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        }
        throw new IllegalStateException(
                "No target/accountability-*.jar: build it first (./mvnw -B -Pbench -DskipTests package exec:exec)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
