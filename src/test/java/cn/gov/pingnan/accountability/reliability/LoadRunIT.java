package cn.gov.pingnan.accountability.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.bench.AppProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15: a bounded load run against the jar on loopback. Each client works whole cases, one after the other, as
 * the staff would in Tasklist: start (shouli), verify and investigate (diaocha), review (shenli), approve (xiangzhen);
 * the job executor delivers the decision and registers the restriction; then close (shenli) and check that
 * the case is completed. Until the time is up; the case under way is always finished. Zero 5xx, zero lost cases,
 * p50/p95/max per request kind in {@code target/reliability/load-run.md} (figures in docs/reliability.md).
 *
 * <p>{@code mvn verify} runs 4 clients × 30 s; the run is {@code -Dload.clients=8 -Dload.seconds=120}.
 */
class LoadRunIT {

    private static final Logger LOG = LoggerFactory.getLogger(LoadRunIT.class);
    private static final int CLIENTS = Integer.getInteger("load.clients", 4);
    private static final int SECONDS = Integer.getInteger("load.seconds", 30);

    private record Sample(String kind, int status, long nanos) {}

    @Test
    void clientsWorkCasesToTheirEnd_noServerError_noCaseLost_R12_5() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "load-run-");
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Map<String, Integer> completed = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long runNanos;
        String load;
        try (AppProcess app = AppProcess.start(
                AppProcess.findJar(System.getProperty("app.jar")),
                work.resolve("data"),
                work.resolve("app.log"),
                List.of("-Xmx1g"),
                List.of(),
                null)) {
            CaseOverRest rest =
                    new CaseOverRest(app, (kind, status, nanos) -> samples.add(new Sample(kind, status, nanos)));
            long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
            long runStarted = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int seq = 1; System.nanoTime() < deadline; seq++) {
                        String personId = String.format("P2026L%02d%04d", client, seq);
                        String name = "对象" + client + "-" + seq;
                        started.incrementAndGet();
                        String caseNumber = rest.start(personId, name);
                        rest.work("diaocha", caseNumber, "verifyLead", CaseOverRest.VERIFY);
                        rest.work("diaocha", caseNumber, "investigateCase", CaseOverRest.investigation(personId, name));
                        rest.work("shenli", caseNumber, "reviewProposal", CaseOverRest.REVIEW);
                        rest.work("xiangzhen", caseNumber, "approveDecision", CaseOverRest.approval(today));
                        // the job executor delivers the decision and registers the restriction
                        rest.work("shenli", caseNumber, "recordDelivery", CaseOverRest.delivery(today));
                        rest.work("shenli", caseNumber, "closeCase", CaseOverRest.CLOSE);
                        String state = rest.json(
                                        "admin",
                                        "GET",
                                        "/engine-rest/history/process-instance?processDefinitionKey=accountability-case"
                                                + "&processInstanceBusinessKey=" + caseNumber,
                                        null)
                                .get(0)
                                .get("state")
                                .asText();
                        completed.merge(state, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                try {
                    client.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            runNanos = System.nanoTime() - runStarted;
            clients.shutdown();
            load = "load average at start " + app.start.loadAverage() + ", start-up " + app.start.readySeconds() + " s";

            CaseOverRest admin = new CaseOverRest(app);
            assertThat(failures).as("client failures").isEmpty();
            assertThat(samples).as("5xx answers").noneMatch(s -> s.status() >= 500);
            // every started case reached its end, each with its one restriction period
            assertThat(completed).isEqualTo(Map.of("COMPLETED", started.get()));
            assertThat(
                            admin.count(
                                    "/engine-rest/history/process-instance/count?processDefinitionKey=accountability-case&finished=true"))
                    .isEqualTo(started.get());
            assertThat(admin.count("/engine-rest/process-instance/count?processDefinitionKey=restriction-period"))
                    .isEqualTo(started.get());
            assertThat(admin.count("/engine-rest/incident/count")).isZero();
        }
        String report = report(samples, started.get(), runNanos) + "\n" + load + "\n";
        Path out = Files.createDirectories(Path.of("target", "reliability")).resolve("load-run.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
        LOG.info("Load run:\n{}", report);
    }

    private static String report(Iterable<Sample> samples, int cases, long runNanos) {
        Map<String, List<Long>> byKind = new TreeMap<>();
        int total = 0;
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.nanos());
            total++;
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                "%d clients × %d s (%.0f s with the last cases finished): %d cases, %d requests, %.1f requests/s%n%n",
                CLIENTS, SECONDS, runNanos / 1e9, cases, total, total / (runNanos / 1e9)));
        md.append("| request | count | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        byKind.forEach((kind, nanos) -> {
            nanos.sort(null);
            md.append(String.format(
                    "| %s | %d | %.0f | %.0f | %.0f |%n",
                    kind,
                    nanos.size(),
                    percentile(nanos, 50),
                    percentile(nanos, 95),
                    nanos.get(nanos.size() - 1) / 1e6));
        });
        return md.toString();
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double percentile(List<Long> sortedNanos, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.size());
        return sortedNanos.get(Math.max(rank, 1) - 1) / 1e6;
    }
}
