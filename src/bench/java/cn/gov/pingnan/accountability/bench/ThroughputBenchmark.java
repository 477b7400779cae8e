package cn.gov.pingnan.accountability.bench;

import cn.gov.pingnan.accountability.staff.StaffGroup;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Part 1: our full case beside the floor (the same shape on the bare engine), in one JVM, one engine,
 * one H2 file database, history FULL, authorization on; runs alternate (ours, floor, ours, …).
 */
final class ThroughputBenchmark {

    /** {@code historyLevel}: {@code full} as in production; another level only to show what history costs. */
    /** {@code appProperties}: more application properties for this part (e.g. another datasource URL), to compare settings. */
    record Options(
            int warmupCases,
            int runs,
            int casesPerRun,
            List<Integer> threads,
            String historyLevel,
            Map<String, Object> appProperties) {}

    /** What one run of our case passes through (from its history), which the floor copies. */
    record Shape(
            int userTasks,
            int serviceTasks,
            int gateways,
            int jobs,
            int callActivities,
            int processInstances,
            int variables,
            int waitStates,
            Map<String, Long> activityTypes) {}

    /**
     * {@code caseCpuMsPerCase}: CPU time of the threads that drive the cases (engine, our code, H2 and JDBC in the
     * calling thread) per case; {@code processCpuMsPerCase}: CPU time of the whole JVM per case (adds H2's background
     * writer, garbage collection, the JIT). Unlike cases per second, neither depends much on other work on the machine.
     */
    record Run(
            String variant,
            int threads,
            int run,
            int cases,
            double seconds,
            double casesPerSecond,
            double caseCpuMsPerCase,
            double processCpuMsPerCase) {}

    record Figures(
            String variant,
            int threads,
            int runs,
            int casesPerRun,
            double medianCasesPerSecond,
            double minCasesPerSecond,
            double maxCasesPerSecond,
            double statementsPerCase,
            double roundTripsPerCase,
            double commitsPerCase,
            double statementsPerWaitState,
            double commitsPerWaitState,
            double lookupStatementsPerCase,
            double medianCaseCpuMsPerCase,
            double medianProcessCpuMsPerCase,
            List<Double> casesPerSecondByRun) {}

    /**
     * The statements of one case; {@code variableStatements} are those on the variable tables (runtime variables,
     * their history instances and details, and the byte arrays that hold JSON values) — the engine's cost per variable.
     */
    record Breakdown(
            String variant,
            long statements,
            long commits,
            long variableStatements,
            double otherStatementsPerWaitState,
            List<Map<String, Object>> byTable,
            List<Map<String, Object>> bySql) {}

    /**
     * {@code ratioOursToFloor}: median ours ÷ median floor; {@code pairedRatioOursToFloor}: median of the ratios of
     * each run of ours to the floor run right after it — steadier when other work on the machine comes and goes.
     */
    /**
     * {@code cpuRatioOursToFloor}: the floor's JVM CPU time per case ÷ ours — the throughput ratio the two would reach
     * where the CPU is the limit and nothing else runs.
     */
    record Report(
            String historyLevel,
            Map<String, Object> appProperties,
            Shape shape,
            String floor,
            int waitStatesPerCase,
            List<Figures> figures,
            Map<String, Double> ratioOursToFloor,
            Map<String, Double> pairedRatioOursToFloor,
            Map<String, Double> cpuRatioOursToFloor,
            List<Breakdown> breakdownPerCase,
            List<Run> allRuns) {}

    private final ProcessEngine engine;
    private final StatementCounter counter;
    private final CaseDriver driver;
    private final AtomicLong sequence = new AtomicLong();

    private ThroughputBenchmark(InProcessApplication app) {
        this.engine = app.bean(ProcessEngine.class);
        this.counter = app.counter;
        this.driver = new CaseDriver(engine, counter);
    }

    static Report run(Path dataDir, Options options) throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>(options.appProperties());
        properties.put("camunda.bpm.history-level", options.historyLevel());
        try (InProcessApplication app = InProcessApplication.fresh(dataDir, properties)) {
            return new ThroughputBenchmark(app).measure(options);
        }
    }

    private Report measure(Options options) throws Exception {
        // one case with SQL texts recorded: the shape for the floor and the statement breakdown
        counter.resetAll();
        counter.recordSql(true);
        String calibration = driver.runOurCase("calibration.ours", sequence.incrementAndGet());
        counter.recordSql(false);
        Shape shape = shapeOf(calibration);
        Breakdown oursBreakdown = breakdown("ours", counter.bucket("calibration.ours.progress"), shape.waitStates());

        FloorProcess floor = FloorProcess.of(
                CaseDriver.OUR_STEPS, shape.serviceTasks(), shape.gateways(), shape.jobs(), 4, shape.variables());
        deployFloor(floor);
        counter.recordSql(true);
        driver.runFloorCase("calibration.floor", floor);
        counter.recordSql(false);
        Breakdown floorBreakdown = breakdown("floor", counter.bucket("calibration.floor.progress"), shape.waitStates());

        for (int i = 0; i < options.warmupCases(); i++) {
            driver.runOurCase("warmup.ours", sequence.incrementAndGet());
            driver.runFloorCase("warmup.floor", floor);
        }

        List<Run> runs = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        Map<String, Double> paired = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (int threads : options.threads()) {
            counter.resetAll();
            List<Run> ours = new ArrayList<>();
            List<Run> floors = new ArrayList<>();
            for (int r = 1; r <= options.runs(); r++) {
                ours.add(timed(
                        "ours",
                        threads,
                        r,
                        options.casesPerRun(),
                        () -> driver.runOurCase("ours", sequence.incrementAndGet())));
                floors.add(
                        timed("floor", threads, r, options.casesPerRun(), () -> driver.runFloorCase("floor", floor)));
            }
            runs.addAll(ours);
            runs.addAll(floors);
            Figures o = figures("ours", threads, ours, shape.waitStates());
            Figures f = figures("floor", threads, floors, shape.waitStates());
            figures.add(o);
            figures.add(f);
            String label = threads + " thread" + (threads == 1 ? "" : "s");
            ratios.put(label, round(o.medianCasesPerSecond() / f.medianCasesPerSecond(), 2));
            double[] pairs = new double[ours.size()];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = ours.get(i).casesPerSecond() / floors.get(i).casesPerSecond();
            }
            Arrays.sort(pairs);
            paired.put(label, round(median(pairs), 2));
            cpu.put(label, round(f.medianProcessCpuMsPerCase() / o.medianProcessCpuMsPerCase(), 2));
        }
        return new Report(
                options.historyLevel(),
                options.appProperties(),
                shape,
                String.join("; ", floor.describe()),
                shape.waitStates(),
                figures,
                ratios,
                paired,
                cpu,
                List.of(oursBreakdown, floorBreakdown),
                runs);
    }

    private Run timed(String variant, int threads, int run, int cases, Runnable oneCase) throws Exception {
        int perThread = Math.max(1, (cases + threads - 1) / threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong caseCpuNanos = new AtomicLong();
            long processCpuStart = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    for (int i = 0; i < perThread; i++) {
                        oneCase.run();
                    }
                    caseCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long processCpuNanos = PROCESS.getProcessCpuTime() - processCpuStart;
            int done = perThread * threads;
            return new Run(
                    variant,
                    threads,
                    run,
                    done,
                    round(seconds, 3),
                    round(done / seconds, 2),
                    round(caseCpuNanos.get() / 1e6 / done, 1),
                    round(processCpuNanos / 1e6 / done, 1));
        } finally {
            pool.shutdownNow();
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private Figures figures(String variant, int threads, List<Run> runs, int waitStates) {
        double[] rates = runs.stream().mapToDouble(Run::casesPerSecond).sorted().toArray();
        double[] caseCpu =
                runs.stream().mapToDouble(Run::caseCpuMsPerCase).sorted().toArray();
        double[] processCpu =
                runs.stream().mapToDouble(Run::processCpuMsPerCase).sorted().toArray();
        long cases = runs.stream().mapToLong(Run::cases).sum();
        StatementCounter.Counts progress = counter.bucket(variant + ".progress");
        StatementCounter.Counts lookup = counter.bucket(variant + ".lookup");
        double statementsPerCase = (double) progress.statements() / cases;
        double commitsPerCase = (double) progress.commits() / cases;
        return new Figures(
                variant,
                threads,
                runs.size(),
                runs.get(0).cases(),
                round(median(rates), 2),
                rates[0],
                rates[rates.length - 1],
                round(statementsPerCase, 1),
                round((double) progress.roundTrips() / cases, 1),
                round(commitsPerCase, 1),
                round(statementsPerCase / waitStates, 1),
                round(commitsPerCase / waitStates, 2),
                round((double) lookup.statements() / cases, 1),
                round(median(caseCpu), 1),
                round(median(processCpu), 1),
                runs.stream().map(Run::casesPerSecond).toList());
    }

    private Shape shapeOf(String root) {
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance rootInstance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(root)
                .singleResult();
        List<String> instances = new ArrayList<>();
        instances.add(root);
        history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(root)
                .list()
                .forEach(p -> instances.add(p.getId()));
        history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RESTRICTION_PERIOD)
                .processInstanceBusinessKey(rootInstance.getBusinessKey())
                .list()
                .forEach(p -> instances.add(p.getId()));
        Map<String, Long> types = new LinkedHashMap<>();
        for (String id : instances) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(id)
                    .list()) {
                types.merge(a.getActivityType(), 1L, Long::sum);
            }
        }
        int userTasks = types.getOrDefault("userTask", 0L).intValue();
        int serviceTasks = types.getOrDefault("serviceTask", 0L).intValue();
        int gateways = (int) types.entrySet().stream()
                .filter(e -> e.getKey().endsWith("Gateway"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        int callActivities = types.getOrDefault("callActivity", 0L).intValue();
        int variables = (int) history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .count();
        // the jobs the path executes (decision delivery, restriction scheduling); the expiry timers wait for years
        int jobs = (int) instances.stream()
                .mapToLong(id -> history.createHistoricJobLogQuery()
                        .processInstanceId(id)
                        .successLog()
                        .count())
                .sum();
        if (userTasks != CaseDriver.OUR_STEPS.size()) {
            throw new IllegalStateException(
                    "Our case passed " + userTasks + " user tasks, expected " + CaseDriver.OUR_STEPS.size());
        }
        // a wait state is where the case stops until someone acts: each human step and each job
        return new Shape(
                userTasks,
                serviceTasks - jobs,
                gateways,
                jobs,
                callActivities,
                instances.size(),
                variables,
                userTasks + jobs,
                types);
    }

    private void deployFloor(FloorProcess floor) {
        engine.getRepositoryService()
                .createDeployment()
                .name("floor-bench")
                .addModelInstance(FloorProcess.KEY + ".bpmn", floor.model())
                .deploy();
        AuthorizationService auth = engine.getAuthorizationService();
        for (StaffGroup group : StaffGroup.values()) {
            Authorization a = auth.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(group.id());
            a.setResource(Resources.PROCESS_DEFINITION);
            a.setResourceId(FloorProcess.KEY);
            a.addPermission(ProcessDefinitionPermissions.READ);
            if (group.startsCases()) {
                a.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
            auth.saveAuthorization(a);
        }
    }

    private static final java.util.regex.Pattern VARIABLE_TABLES =
            java.util.regex.Pattern.compile("ACT_RU_VARIABLE|ACT_HI_VARINST|ACT_HI_DETAIL|ACT_GE_BYTEARRAY");

    private static Breakdown breakdown(String variant, StatementCounter.Counts counts, int waitStates) {
        long variableStatements = counts.byTable().stream()
                .filter(e -> VARIABLE_TABLES
                        .matcher(e.getKey().toUpperCase(java.util.Locale.ROOT))
                        .find())
                .mapToLong(Map.Entry::getValue)
                .sum();
        List<Map<String, Object>> byTable = counts.byTable().stream()
                .map(e -> Map.<String, Object>of("statement", e.getKey(), "count", e.getValue()))
                .toList();
        List<Map<String, Object>> bySql = counts.bySql().stream()
                .limit(25)
                .map(e -> Map.<String, Object>of(
                        "sql",
                        e.getKey().length() > 300 ? e.getKey().substring(0, 300) + " …" : e.getKey(),
                        "count",
                        e.getValue()))
                .toList();
        return new Breakdown(
                variant,
                counts.statements(),
                counts.commits(),
                variableStatements,
                round((double) (counts.statements() - variableStatements) / waitStates, 1),
                byTable,
                bySql);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double round(double value, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(value * f) / f;
    }

    static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Integer::parseInt)
                .toList();
    }
}
