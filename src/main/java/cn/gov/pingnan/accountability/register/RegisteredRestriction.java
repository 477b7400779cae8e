package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.rules.RestrictionType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the restriction register: {@code [from, until)} with {@code until} the first
 * free day. Rows are never deleted; expiry changes {@code status} to EXPIRED. A-4: an appeal outcome
 * ends a row early: {@code endedOn} is the first day it no longer applies, {@code endReason} says why.
 */
public record RegisteredRestriction(
        long id,
        String caseBusinessKey,
        String personId,
        String personName,
        String unit,
        RestrictionType type,
        LocalDate from,
        LocalDate until,
        String basis,
        RestrictionStatus status,
        String createdBy,
        Instant createdAt,
        LocalDate endedOn,
        String endReason) {

    /** The first day the row no longer applies: its until date, or the day an appeal ended it. */
    public LocalDate effectiveUntil() {
        return endedOn != null && endedOn.isBefore(until) ? endedOn : until;
    }
}
