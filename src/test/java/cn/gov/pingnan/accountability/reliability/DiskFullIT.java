package cn.gov.pingnan.accountability.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.pingnan.accountability.bench.AppProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15: the data directory runs full. The jar runs with its H2 file on a small tmpfs of its own (needs root and
 * {@code mount}; skipped with the reason where the sandbox forbids it). Filling the file system: health DOWN, writes
 * answer 503 with a clear message (never a 500), nothing half saved; once space returns the application works again
 * by itself, and a restart on the same file finds every case saved before, and nothing of the refused one.
 */
class DiskFullIT {

    private static final Logger LOG = LoggerFactory.getLogger(DiskFullIT.class);

    @Test
    void fullDataDirectory_answers503_recoversWhenSpaceReturns_noCorruption() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "disk-full-").toAbsolutePath();
        Path mount = Files.createDirectories(work.resolve("mnt"));
        // 160 MB: the empty database is about 7 MB, the health threshold 100 MB
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", mount.toString()),
                "a small file system of its own needs root and mount -t tmpfs (not allowed here)");
        try {
            Path data = mount.resolve("data");
            List<String> saved = new ArrayList<>();
            int refused;
            try (AppProcess app = launch(work, data, 1)) {
                CaseOverRest rest = new CaseOverRest(app);
                saved.add(rest.start("P2026D0000", "王五"));
                assertThat(health(app)).isEqualTo("UP");

                Path filler = mount.resolve("filler");
                fill(filler);
                assertThat(health(app)).as("disk space below the threshold").isEqualTo("DOWN");
                // H2 still has room inside its file for a few commits; then a write fails
                HttpResponse<String> answer = null;
                for (int i = 1; i <= 200; i++) {
                    answer = app.send(
                            "shouli",
                            "POST",
                            CaseOverRest.START_PATH,
                            CaseOverRest.startBody(String.format("P2026D%04d", i), "王五"),
                            null);
                    if (answer.statusCode() != 200) {
                        break;
                    }
                    saved.add(CaseOverRest.JSON
                            .readTree(answer.body())
                            .get("businessKey")
                            .asText());
                }
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.body()).contains("数据目录磁盘空间不足").contains("Storage unavailable");
                refused = saved.size();
                // while full, every request that needs the database is a 503, not a 500
                HttpResponse<String> read = app.send("shouli", "GET", "/engine-rest/task/count", null, null);
                assertThat(read.statusCode()).as(read.body()).isIn(200, 503);
                HttpResponse<String> register =
                        app.send("zuzhibu", "GET", "/api/restrictions?personId=P2026D0000", null, null);
                assertThat(register.statusCode()).as(register.body()).isIn(200, 503);
                LOG.info(
                        "Disk full: {} cases saved, then 503 {}; task count {}, register {}",
                        saved.size(),
                        answer.body(),
                        read.statusCode(),
                        register.statusCode());

                Files.delete(filler);
                // space is back: without a restart, the next case is saved
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                String after = null;
                while (after == null) {
                    HttpResponse<String> retry = app.send(
                            "shouli",
                            "POST",
                            CaseOverRest.START_PATH,
                            CaseOverRest.startBody("P2026D9999", "王五"),
                            null);
                    assertThat(retry.statusCode()).as(retry.body()).isIn(200, 503);
                    if (retry.statusCode() == 200) {
                        after = CaseOverRest.JSON
                                .readTree(retry.body())
                                .get("businessKey")
                                .asText();
                    } else {
                        assertThat(System.nanoTime())
                                .as("works again after space returned")
                                .isLessThan(deadline);
                        Thread.sleep(500);
                    }
                }
                saved.add(after);
                assertThat(health(app)).isEqualTo("UP");
            }

            try (AppProcess app = launch(work, data, 2)) {
                CaseOverRest rest = new CaseOverRest(app);
                JsonNode cases = rest.json(
                        "admin",
                        "GET",
                        "/engine-rest/history/process-instance?processDefinitionKey=accountability-case",
                        null);
                List<String> keys = new ArrayList<>();
                cases.forEach(c -> keys.add(c.get("businessKey").asText()));
                assertThat(keys).containsExactlyInAnyOrderElementsOf(saved);
                assertThat(new HashSet<>(keys)).hasSize(keys.size());
                // the refused start left no half-started case behind
                assertThat(rest.count("/engine-rest/process-instance/count?processDefinitionKey=accountability-case"))
                        .isEqualTo(saved.size());
                // every saved case goes on as usual
                for (String caseNumber : saved) {
                    assertThat(rest.openTask("diaocha", caseNumber, "verifyLead"))
                            .isNotNull();
                }
                rest.work("diaocha", saved.get(0), "verifyLead", CaseOverRest.VERIFY);
                rest.awaitTask("diaocha", saved.get(0), "investigateCase", Duration.ofSeconds(30));
                LOG.info(
                        "Disk full: refused after {} cases; all {} saved ones intact after restart",
                        refused,
                        saved.size());
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static AppProcess launch(Path work, Path data, int run) throws IOException, InterruptedException {
        return AppProcess.start(
                AppProcess.findJar(System.getProperty("app.jar")),
                data,
                work.resolve("app-" + run + ".log"),
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"),
                List.of(),
                null);
    }

    private static String health(AppProcess app) throws IOException, InterruptedException {
        HttpResponse<String> answer = app.send("admin", "GET", "/actuator/health", null, null);
        return CaseOverRest.JSON.readTree(answer.body()).get("status").asText();
    }

    /** Writes until the file system says no space is left. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (full.getMessage() == null || !full.getMessage().contains("No space left")) {
                throw full;
            }
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return false;
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean done = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        if (!done) {
            LOG.info("{} failed: {}", String.join(" ", command), output.strip());
        }
        return done;
    }
}
