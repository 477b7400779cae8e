package cn.gov.pingnan.accountability.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.h2.jdbc.JdbcSQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** Issue 15: which failures are "the data directory is full or failing" (503, connection evicted) and which not. */
class StorageFailureTest {

    private static final SQLException H2_CLOSED = new JdbcSQLNonTransientConnectionException(
            "The database has been closed", null, "90098", 90098, new IOException("No space left on device"), null);

    @Test
    void noSpaceLeft_anywhereInTheCauses_isAStorageFailure() {
        assertThat(StorageFailure.causes(new ProcessEnginePersistenceException(
                        "persistence", new RuntimeException(new IOException("No space left on device")))))
                .isTrue();
    }

    @Test
    void h2DatabaseClosed_andPostgresDiskFull_areStorageFailures() {
        assertThat(StorageFailure.causes(new JdbcSQLNonTransientConnectionException(
                        "The database has been closed", null, "90098", 90098, null, null)))
                .isTrue();
        assertThat(StorageFailure.causes(new SQLException("could not extend file", "53100")))
                .isTrue();
    }

    @Test
    void rollbackFailureHidingTheFailedWrite_isAStorageFailure() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(H2_CLOSED);
        assertThat(StorageFailure.causes(new ProcessEnginePersistenceException("persistence", rollback)))
                .isTrue();
    }

    @Test
    void otherFailures_areNot() {
        assertThat(StorageFailure.causes(new IllegalStateException("task already claimed")))
                .isFalse();
        assertThat(StorageFailure.causes(new SQLException("Unique index violation", "23505", 23505)))
                .isFalse();
        assertThat(StorageFailure.causes(new TransactionSystemException("JDBC rollback failed")))
                .isFalse();
        assertThat(StorageFailure.causes(null)).isFalse();
    }

    @Test
    void pool_evictsConnectionsOfAClosedDatabase_only() {
        StorageFailureEviction eviction = new StorageFailureEviction();
        assertThat(eviction.adjudicate(H2_CLOSED)).isEqualTo(SQLExceptionOverride.Override.MUST_EVICT);
        assertThat(eviction.adjudicate(new SQLException("Unique index violation", "23505", 23505)))
                .isEqualTo(SQLExceptionOverride.Override.CONTINUE_EVICT);
    }
}
