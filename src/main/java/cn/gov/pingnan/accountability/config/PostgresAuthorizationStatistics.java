package cn.gov.pingnan.accountability.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL: planner statistics for the permission bits the engine's authorization checks test
 * ({@code PERMS_ & 2 = 2} and the like), so that Tasklist's group-task count and list are planned right.
 *
 * <p>Why (issue 8, docs/performance.md): every task query joins {@code ACT_RU_AUTHORIZATION} with a condition on
 * {@code PERMS_ & n}. PostgreSQL has no statistics for such an expression and assumes 0.5 % of the rows match; with
 * the engine's per-task grants (one row per open task and candidate group) the real share is near 100 %, so it
 * picks a nested loop that compares every task with every grant: 4–10 s for the count of 我的组任务 at 7,000 tasks
 * of one group. With these statistics it probes the grants by resource id (about 0.2 s). They only help plans made
 * with the actual values, hence {@code plan_cache_mode = force_custom_plan} on every connection
 * (application-postgres.yaml). Requires PostgreSQL 14 or later; on older servers a warning is logged and nothing changes.
 * Idempotent; runs after the engine has created its tables. On H2 it does nothing.
 */
@Component
public class PostgresAuthorizationStatistics implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresAuthorizationStatistics.class);

    /** READ, READ_TASK / READ_VARIABLE, READ_INSTANCE, READ_HISTORY: the bits of the read checks staff queries make. */
    static final List<Integer> READ_PERMISSION_BITS = List.of(2, 64, 512, 4096);

    private final DataSource dataSource;

    /** The engine is a constructor argument so that its schema exists before this runs. */
    public PostgresAuthorizationStatistics(DataSource dataSource, ProcessEngine engine) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (!"PostgreSQL".equals(meta.getDatabaseProductName())) {
                return;
            }
            if (meta.getDatabaseMajorVersion() < 14) {
                LOG.warn(
                        "PostgreSQL {} has no expression statistics (14 or later needed): Tasklist's group-task queries may be"
                                + " planned badly with many open tasks; see docs/performance.md",
                        meta.getDatabaseProductVersion());
                return;
            }
            try (Statement sql = connection.createStatement()) {
                for (int bit : READ_PERMISSION_BITS) {
                    sql.execute("CREATE STATISTICS IF NOT EXISTS acc_auth_perms_" + bit + " ON (perms_ & " + bit
                            + ") FROM act_ru_authorization");
                }
                sql.execute("ANALYZE act_ru_authorization");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            LOG.info(
                    "Planner statistics on ACT_RU_AUTHORIZATION permission bits {} are in place", READ_PERMISSION_BITS);
        } catch (SQLException e) {
            // the application works without them, only slower with many open tasks
            LOG.warn(
                    "Could not create planner statistics on ACT_RU_AUTHORIZATION ({}); group-task queries may be slow"
                            + " with many open tasks; see docs/performance.md",
                    e.getMessage());
        }
    }
}
