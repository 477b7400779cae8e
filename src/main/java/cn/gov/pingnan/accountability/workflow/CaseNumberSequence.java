package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers PN-YYYY-NNNN, sequential per year, from table {@code case_number_sequence} (Flyway V2). The
 * row update locks the year's counter until the engine's transaction commits, so two intakes never share a number.
 *
 * <p>The first case of a year inserts the year's row. When two intakes do that at once, the second insert fails
 * on the primary key; it runs under a savepoint (nested transaction) so that only the insert is undone: PostgreSQL
 * refuses every further statement of a transaction after a failed one, H2 does not. The intake then takes the
 * next number from the row the other one created.
 */
@Component
public class CaseNumberSequence {

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;

    public CaseNumberSequence(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public CaseNumber next(int year) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = jdbc.update(
                    "UPDATE case_number_sequence SET last_value = last_value + 1 WHERE case_year = ?", year);
            if (updated == 0) {
                try {
                    savepoint.executeWithoutResult(status -> jdbc.update(
                            "INSERT INTO case_number_sequence (case_year, last_value) VALUES (?, 1)", year));
                    return new CaseNumber(year, 1);
                } catch (DuplicateKeyException concurrentFirstCaseOfYear) {
                    continue; // rolled back to the savepoint; the other intake's row is committed now
                }
            }
            Integer value = jdbc.queryForObject(
                    "SELECT last_value FROM case_number_sequence WHERE case_year = ?", Integer.class, year);
            return new CaseNumber(year, value);
        }
        throw new IllegalStateException(
                "Could not allocate a case number for " + year + " after " + ATTEMPTS + " attempts");
    }
}
