package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;

/** one restriction over {@code [from, until)} with the R-ids it rests on, e.g. "R-12.2, R-12.4". */
public record RestrictionPeriod(RestrictionType type, LocalDate from, LocalDate until, String basis) {

    /** covers {@code from} itself up to, not including, {@code until}. */
    public boolean covers(LocalDate date) {
        return date != null && !date.isBefore(from) && date.isBefore(until);
    }

    /** does this restriction bar {@code action} on {@code date}? */
    public boolean blocks(EligibilityAction action, LocalDate date) {
        return type.blocks(action) && covers(date);
    }

    /** the last day covered. */
    public LocalDate lastDay() {
        return until.minusDays(1);
    }
}
