package cn.gov.pingnan.accountability.bench;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to the database: a {@link java.lang.reflect.Proxy} around the
 * DataSource, its connections and statements. A statement is one SQL execution (each row of a JDBC batch
 * counts once; {@code roundTrips} counts {@code executeBatch} as one); a commit is {@link Connection#commit()}.
 * Counts go to the bucket the calling thread has selected ({@link #use}); SQL texts are kept per bucket
 * only while {@link #recordSql} is on. While {@link #capture} is on, every execution is also kept with its
 * parameters and the time the driver took ({@code QueryPlans} replays them with {@code EXPLAIN ANALYZE}).
 */
public final class StatementCounter {

    /** The counts of one bucket. */
    public static final class Counts {
        final LongAdder statements = new LongAdder();
        final LongAdder roundTrips = new LongAdder();
        final LongAdder commits = new LongAdder();
        final LongAdder rollbacks = new LongAdder();
        final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();

        public long statements() {
            return statements.sum();
        }

        public long roundTrips() {
            return roundTrips.sum();
        }

        public long commits() {
            return commits.sum();
        }

        public long rollbacks() {
            return rollbacks.sum();
        }

        public void reset() {
            statements.reset();
            roundTrips.reset();
            commits.reset();
            rollbacks.reset();
            bySql.clear();
        }

        /** Statement counts grouped by SQL text (whitespace collapsed), largest first. */
        public List<Map.Entry<String, Long>> bySql() {
            List<Map.Entry<String, Long>> rows = new ArrayList<>();
            bySql.forEach((sql, n) -> rows.add(Map.entry(sql, n.sum())));
            rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
            return rows;
        }

        /** Statement counts grouped by verb and first table ({@code INSERT ACT_HI_VARINST}), largest first. */
        public List<Map.Entry<String, Long>> byTable() {
            Map<String, Long> grouped = new LinkedHashMap<>();
            bySql.forEach((sql, n) -> grouped.merge(verbAndTable(sql), n.sum(), Long::sum));
            List<Map.Entry<String, Long>> rows = new ArrayList<>(grouped.entrySet());
            rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
            return rows;
        }
    }

    private static final Pattern TABLE = Pattern.compile(
            "^(SELECT|INSERT|UPDATE|DELETE|MERGE)\\b.*?\\b(?:FROM|INTO|UPDATE|MERGE INTO)\\s+([A-Z0-9_\\.]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** One statement execution: its SQL, the parameters set on it (by index) and the time its
     * {@code execute} took (H2 embedded computes a sorted or distinct result there; later row fetches are not in it). */
    public record Execution(String sql, Map<Integer, Object> parameters, long nanos) {}

    private final Map<String, Counts> buckets = new ConcurrentHashMap<>();
    private volatile List<Execution> captured;
    private final ThreadLocal<Counts> current = ThreadLocal.withInitial(() -> bucket("other"));
    private volatile boolean recordSql;

    public Counts bucket(String name) {
        return buckets.computeIfAbsent(name, n -> new Counts());
    }

    /** The calling thread's statements go to {@code name} until the next call. */
    public void use(String name) {
        current.set(bucket(name));
    }

    public void recordSql(boolean on) {
        this.recordSql = on;
    }

    /** From now on every execution is added to {@code into} (a synchronized list); {@code null} stops it. */
    public void capture(List<Execution> into) {
        this.captured = into;
    }

    public void resetAll() {
        buckets.values().forEach(Counts::reset);
    }

    public DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class, Closeable.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        // Hikari must close with the context, or the H2 file stays open in this JVM
                        if (target instanceof AutoCloseable closeable) {
                            closeable.close();
                        }
                        return null;
                    }
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** Wraps every DataSource bean of the application context (the engine, Flyway and our JdbcTemplate share it). */
    public BeanPostProcessor postProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds) : bean;
            }
        };
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "commit" -> current.get().commits.increment();
                        case "rollback" -> {
                            if (method.getParameterCount() == 0) {
                                current.get().rollbacks.increment();
                            }
                        }
                        default -> {}
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement s && method.getName().startsWith("prepare")) {
                        return statement(s, (String) args[0]);
                    }
                    if (result instanceof Statement s) {
                        return statement(s, null);
                    }
                    return result;
                });
    }

    private Statement statement(Statement target, String preparedSql) {
        Class<?> type = target instanceof CallableStatement
                ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {type}, new InvocationHandler() {
                    private final List<String> batch = new ArrayList<>();
                    private final Map<Integer, Object> parameters = new TreeMap<>();

                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        String name = method.getName();
                        if (name.startsWith("set")
                                && args != null
                                && args.length >= 2
                                && args[0] instanceof Integer index) {
                            parameters.put(index, name.equals("setNull") ? null : args[1]);
                        } else if (name.equals("clearParameters")) {
                            parameters.clear();
                        } else if (name.equals("addBatch")) {
                            batch.add(args == null || args.length == 0 ? preparedSql : (String) args[0]);
                        } else if (name.equals("clearBatch")) {
                            batch.clear();
                        } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                            Counts counts = current.get();
                            counts.roundTrips.increment();
                            batch.forEach(sql -> count(counts, sql));
                            batch.clear();
                        } else if (name.startsWith("execute")) {
                            Counts counts = current.get();
                            counts.roundTrips.increment();
                            String sql = args != null && args.length > 0 && args[0] instanceof String text
                                    ? text
                                    : preparedSql;
                            count(counts, sql);
                            List<Execution> into = captured;
                            if (into != null && sql != null) {
                                long start = System.nanoTime();
                                Object result = StatementCounter.invoke(target, method, args);
                                into.add(new Execution(
                                        normalize(sql), new TreeMap<>(parameters), System.nanoTime() - start));
                                return result;
                            }
                        }
                        return StatementCounter.invoke(target, method, args);
                    }
                });
    }

    private void count(Counts counts, String sql) {
        counts.statements.increment();
        if (recordSql && sql != null) {
            counts.bySql.computeIfAbsent(normalize(sql), s -> new LongAdder()).increment();
        }
    }

    static String normalize(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }

    static String verbAndTable(String sql) {
        Matcher m = TABLE.matcher(sql);
        if (!m.find()) {
            return sql.length() > 40 ? sql.substring(0, 40) : sql;
        }
        return m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2).toUpperCase(Locale.ROOT);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
