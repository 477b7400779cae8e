package cn.gov.pingnan.accountability.register;

import java.time.Instant;
import java.time.LocalDate;

/** one entry of the register's history: a row added or ended, from which day, by whom and why. */
public record RestrictionChange(
        long id,
        long restrictionId,
        String personId,
        Type type,
        LocalDate effectiveOn,
        String reason,
        String changedBy,
        Instant changedAt) {

    public enum Type {
        ADDED,
        ENDED
    }
}
