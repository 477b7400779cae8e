package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers PN-YYYY-NNNN, sequential per year, from table {@code case_number_sequence} (Flyway V2). The
 * row update locks the year's counter until the engine's transaction commits, so two intakes never share a number.
 */
@Component
public class CaseNumberSequence {

    private final JdbcTemplate jdbc;

    public CaseNumberSequence(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CaseNumber next(int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.update(
                    "UPDATE case_number_sequence SET last_value = last_value + 1 WHERE case_year = ?", year);
            if (updated == 0) {
                try {
                    jdbc.update("INSERT INTO case_number_sequence (case_year, last_value) VALUES (?, 1)", year);
                    return new CaseNumber(year, 1);
                } catch (DuplicateKeyException concurrentFirstCaseOfYear) {
                    continue;
                }
            }
            Integer value = jdbc.queryForObject(
                    "SELECT last_value FROM case_number_sequence WHERE case_year = ?", Integer.class, year);
            return new CaseNumber(year, value);
        }
        throw new IllegalStateException("Could not allocate a case number for " + year);
    }
}
