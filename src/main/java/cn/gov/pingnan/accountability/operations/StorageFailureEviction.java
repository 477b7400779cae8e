package cn.gov.pingnan.accountability.operations;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * After a failed write H2 closes the database, and every pooled connection then answers "database closed" for good.
 * Evicting those connections makes the pool open the file again, so the application works again by itself once an
 * operator has freed space, without a restart (spring.datasource.hikari.exception-override-class-name).
 */
public class StorageFailureEviction implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException error) {
        return StorageFailure.causes(error) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
