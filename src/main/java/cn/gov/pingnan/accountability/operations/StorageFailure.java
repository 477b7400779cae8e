package cn.gov.pingnan.accountability.operations;

import java.io.IOException;
import java.sql.SQLException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot write: its data directory is full, or the disk fails (docs/reliability.md). Recognised in
 * an exception's causes, so that staff and API clients get a clear 503 instead of a 500, and the connection pool drops
 * connections to a database H2 has closed after the failed write ({@link StorageFailureEviction}).
 */
public final class StorageFailure {

    /** Chinese first for Tasklist, then English for API clients, as the task-completion messages. */
    public static final String MESSAGE = "数据库暂时无法保存：数据目录磁盘空间不足或磁盘故障，本次操作未保存，请联系系统管理员释放空间后重试"
            + " (Storage unavailable: the database cannot write to its data directory, which is full or failing;"
            + " nothing was saved, retry once an operator has freed space)";

    /** H2: "The database has been closed", after a write to the file failed. */
    static final int H2_DATABASE_CLOSED = 90098;
    /** PostgreSQL: disk_full. */
    static final String POSTGRES_DISK_FULL = "53100";

    private StorageFailure() {}

    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException
                    && t.getMessage() != null
                    && t.getMessage().contains("No space left on device")) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (POSTGRES_DISK_FULL.equals(sql.getSQLState())
                            || (sql.getErrorCode() == H2_DATABASE_CLOSED
                                    && sql.getClass().getName().startsWith("org.h2.")))) {
                return true;
            }
            // the pool has dropped the connection, so the rollback failed too: the failed write is the hidden cause
            if (t instanceof TransactionSystemException tx
                    && tx.getApplicationException() != null
                    && causes(tx.getApplicationException())) {
                return true;
            }
            // H2's store could not write its file (the IOException is its cause when it kept one)
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")
                    && t.getMessage() != null
                    && t.getMessage().startsWith("Writing to")) {
                return true;
            }
        }
        return false;
    }
}
