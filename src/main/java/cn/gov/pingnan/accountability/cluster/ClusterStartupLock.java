package cn.gov.pingnan.accountability.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;

/**
 * Several nodes on one PostgreSQL database (docs/operations.md, "Several nodes"): the start-up work that writes to the
 * shared database runs on one node at a time. That work is the engine's schema creation or update, the admin account,
 * the seeding of groups, rights and filters ({@code identity/IdentitySeeder}) and the deployment of changed diagrams
 * ({@code deployment/ProcessBundleDeployer}). The engine serializes deployments itself (its deployment lock in
 * {@code ACT_GE_PROPERTY}) and Flyway its migrations, but nothing serializes the creation of the engine's tables, and
 * the seeding checks before it creates: two nodes starting at once on an empty database would both create, and one
 * would fail on a key or seed a second set of filters.
 *
 * <p>The lock is a PostgreSQL session advisory lock, taken before the engine is built (this plugin's {@code preInit})
 * on a connection of its own and released once the application context is refreshed. A node that dies during start-up
 * loses its connection and with it the lock, so the other node never waits for a dead one. A node that waits longer
 * than {@code pingnan.cluster.startup-lock-timeout} (default 5 minutes) refuses to start, saying why. On H2 (one node)
 * it does nothing.
 */
@Component
public class ClusterStartupLock extends AbstractProcessEnginePlugin
        implements ApplicationListener<ContextRefreshedEvent>, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);

    /** The advisory lock's key: the application's own number ("PNACCSTA" in ASCII), used for nothing else. */
    static final long LOCK_KEY = 0x504E_4143_4353_5441L;

    private final DataSource dataSource;
    private final String timeout;
    private Connection held;

    public ClusterStartupLock(
            DataSource dataSource, @Value("${pingnan.cluster.startup-lock-timeout:5min}") String timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            if (!tryLock(connection)) {
                LOG.info("Another node is starting on the same database; waiting for it (cluster start-up lock)");
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SET lock_timeout = '" + timeout.replace("'", "") + "'");
                    sql.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
                    sql.execute("RESET lock_timeout");
                }
            }
            held = connection;
            LOG.info("Cluster start-up lock taken: schema, seeding and deployment run on this node alone");
        } catch (SQLException e) {
            discard(connection);
            throw new IllegalStateException(
                    "Start-up refused: could not take the cluster start-up lock within " + timeout
                            + " (another node may be stuck in its start-up; see docs/operations.md): " + e.getMessage(),
                    e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            sql.setLong(1, LOCK_KEY);
            try (ResultSet answer = sql.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    /** Start-up work is done (seeding and deployment run before the context is refreshed). */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        release();
    }

    /** A start-up that fails closes the context: the lock goes with it. */
    @Override
    public void destroy() {
        release();
    }

    synchronized boolean isHeld() {
        return held != null;
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try {
            try (Statement sql = held.createStatement()) {
                sql.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
            held.close();
            LOG.info("Cluster start-up lock released");
        } catch (SQLException e) {
            LOG.warn(
                    "Could not release the cluster start-up lock explicitly ({}); closing its session", e.getMessage());
            discard(held);
        } finally {
            held = null;
        }
    }

    /** Closes the physical connection, not only the pool's handle: the session and any lock it holds end. */
    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.unwrap(Connection.class).close();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Could not close the connection of the cluster start-up lock: {}", e.getMessage());
        }
    }
}
