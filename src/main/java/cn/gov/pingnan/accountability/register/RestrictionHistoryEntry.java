package cn.gov.pingnan.accountability.register;

import java.time.Instant;
import java.time.LocalDate;

/**
 * one change of the register as people read it: from which day, what (a row added or ended, its dates
 * before and after, R-12.0 shown as first and last day), of which case, why, by whom (user id and name) and
 * when it was recorded.
 */
public record RestrictionHistoryEntry(
        long id,
        LocalDate effectiveOn,
        RestrictionChange.Type change,
        String changeZh,
        long restrictionId,
        String restrictionType,
        String restrictionLabelZh,
        String personId,
        String personName,
        String caseNumber,
        LocalDate from,
        LocalDate until,
        String beforeZh,
        String afterZh,
        String reason,
        String changedBy,
        String changedByName,
        Instant changedAt) {}
