package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.tenant.Counties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers PREFIX-YYYY-NNNN, sequential per county and year (issue 14: 平南县 PN-2026-0001…, 港南区 GN-2026-0001…),
 * from table {@code case_number_sequence} (Flyway V2, per county since V6). The row update locks the county's counter
 * of the year until the engine's transaction commits, so two intakes never share a number.
 *
 * <p>The first case of a county in a year inserts its row. When two intakes do that at once, the second insert fails
 * on the primary key; it runs under a savepoint (nested transaction) so that only the insert is undone: PostgreSQL
 * refuses every further statement of a transaction after a failed one, H2 does not. The intake then takes the
 * next number from the row the other one created.
 */
@Component
public class CaseNumberSequence {

    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final Counties counties;

    public CaseNumberSequence(JdbcTemplate jdbc, PlatformTransactionManager transactions, Counties counties) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.counties = counties;
    }

    /** The next number of the county (one of {@code pingnan.counties}) in the year, with the county's prefix. */
    public CaseNumber next(String countyId, int year) {
        String prefix = counties.require(countyId).prefix();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = jdbc.update(
                    "UPDATE case_number_sequence SET last_value = last_value + 1 WHERE county = ? AND case_year = ?",
                    countyId,
                    year);
            if (updated == 0) {
                try {
                    savepoint.executeWithoutResult(status -> jdbc.update(
                            "INSERT INTO case_number_sequence (county, case_year, last_value) VALUES (?, ?, 1)",
                            countyId,
                            year));
                    return new CaseNumber(prefix, year, 1);
                } catch (DuplicateKeyException concurrentFirstCaseOfYear) {
                    continue; // rolled back to the savepoint; the other intake's row is committed now
                }
            }
            Integer value = jdbc.queryForObject(
                    "SELECT last_value FROM case_number_sequence WHERE county = ? AND case_year = ?",
                    Integer.class,
                    countyId,
                    year);
            return new CaseNumber(prefix, year, value);
        }
        throw new IllegalStateException("Could not allocate a case number for county " + countyId + " in " + year
                + " after " + ATTEMPTS + " attempts");
    }
}
