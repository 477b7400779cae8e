package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The register the workflow writes and the organization department queries. Writes join
 * the caller's transaction (the workflow step that schedules them).
 */
public interface RestrictionRegister {

    /** Records the computed periods for one person of one case; returns the stored rows with ids. */
    default List<RegisteredRestriction> record(
            String caseBusinessKey, RestrictedPerson person, List<RestrictionPeriod> periods, String createdBy) {
        return record(caseBusinessKey, person, periods, createdBy, "问责决定");
    }

    /** As {@link #record(String, RestrictedPerson, List, String)}; the history names {@code reason}. */
    List<RegisteredRestriction> record(
            String caseBusinessKey,
            RestrictedPerson person,
            List<RestrictionPeriod> periods,
            String createdBy,
            String reason);

    /**
     * ends the ACTIVE rows of one person of one case from {@code endedOn} on (that day is free), with the
     * reason in the history; returns the rows it ended.
     */
    List<RegisteredRestriction> end(
            String caseBusinessKey, String personId, LocalDate endedOn, String reason, String endedBy);

    /** the history of one person's rows, oldest first. */
    List<RestrictionChange> changes(String personId);

    /** Marks the row EXPIRED (idempotent); empty when no such row exists. */
    Optional<RegisteredRestriction> expire(long id);

    Optional<RegisteredRestriction> find(long id);

    List<RegisteredRestriction> findByPerson(String personId);

    /** The rows that block {@code action} on {@code date} (from ≤ date < until, and not ended by then, A-4). */
    List<RegisteredRestriction> blocking(String personId, EligibilityAction action, LocalDate date);
}
