package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.RestrictionType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One entry of {@code restrictions}: a row written to the register for this respondent, its period
 * {@code [from, until)} with the Chinese label and the basis.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RestrictionEntry(
        long id, RestrictionType type, String label, LocalDate from, LocalDate until, String basis) {}
