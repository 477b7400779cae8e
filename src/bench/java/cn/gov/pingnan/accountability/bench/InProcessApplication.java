package cn.gov.pingnan.accountability.bench;

import cn.gov.pingnan.accountability.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application itself (default profile: H2 file database, history FULL, authorization on, demo users),
 * started in this JVM on a random port without the job executor, with every JDBC call counted.
 */
final class InProcessApplication implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final StatementCounter counter = new StatementCounter();

    private InProcessApplication(Path dataDir, Map<String, Object> extra) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("pingnan.data-dir", dataDir.toAbsolutePath().toString());
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        // the application's own log levels (our delegates log each step at INFO, as in production), to a file
        Path log = dataDir.toAbsolutePath().getParent().resolve("logs").resolve(dataDir.getFileName() + ".log");
        Files.createDirectories(log.getParent());
        properties.put("logging.file.name", log.toString());
        properties.put("logging.threshold.console", "off");
        properties.putAll(extra);
        context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(counter.postProcessor()))
                // as command-line arguments: they override application.yaml (default properties would not)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    /** Starts on a new, empty database under {@code dataDir} (what was there is deleted). */
    static InProcessApplication fresh(Path dataDir) throws IOException {
        return fresh(dataDir, Map.of());
    }

    /** With {@code properties} overriding the application's (e.g. {@code camunda.bpm.history-level}). */
    static InProcessApplication fresh(Path dataDir, Map<String, Object> properties) throws IOException {
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        return new InProcessApplication(dataDir, properties);
    }

    static InProcessApplication existing(Path dataDir) throws IOException {
        return new InProcessApplication(dataDir, Map.of());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
