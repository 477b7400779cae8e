package cn.gov.pingnan.accountability.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start-up lock of several nodes (docs/operations.md, "Several nodes"), without the application: another
 * PostgreSQL session stands for the node that is starting. {@code ClusterIT} shows it with two real nodes.
 */
class ClusterStartupLockIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void whileAnotherNodeStarts_theStartWaits_andRefusesAfterTheTimeout_namingTheLock() throws SQLException {
        try (Connection otherNode = postgres.getPostgresDatabase().getConnection()) {
            assertThat(tryLock(otherNode)).isTrue();
            ClusterStartupLock lock = new ClusterStartupLock(postgres.getPostgresDatabase(), "1s");
            assertThatThrownBy(() -> lock.preInit(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not take the cluster start-up lock within 1s")
                    .hasMessageContaining("another node may be stuck in its start-up");
            assertThat(lock.isHeld()).isFalse();
        }
    }

    @Test
    void afterTheOtherNodeIsDone_orDead_theStartTakesTheLock_andReleasesItWhenStarted() throws SQLException {
        Connection deadNode = postgres.getPostgresDatabase().getConnection();
        assertThat(tryLock(deadNode)).isTrue();
        deadNode.close(); // a node that dies during its start-up: its session ends, and the lock with it

        ClusterStartupLock lock = new ClusterStartupLock(postgres.getPostgresDatabase(), "10s");
        lock.preInit(null);
        assertThat(lock.isHeld()).isTrue();
        try (Connection otherNode = postgres.getPostgresDatabase().getConnection()) {
            assertThat(tryLock(otherNode)).as("held by the starting node").isFalse();
            lock.onApplicationEvent(null);
            assertThat(lock.isHeld()).isFalse();
            assertThat(tryLock(otherNode)).as("free once the node has started").isTrue();
        }
    }

    @Test
    void onH2_oneNode_thereIsNoLock() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:startup-lock");
        ClusterStartupLock lock = new ClusterStartupLock(h2, "1s");
        lock.preInit(null);
        assertThat(lock.isHeld()).isFalse();
        lock.destroy();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet answer =
                        sql.executeQuery("SELECT pg_try_advisory_lock(" + ClusterStartupLock.LOCK_KEY + ")")) {
            return answer.next() && answer.getBoolean(1);
        }
    }
}
