package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The register the workflow writes and the organization department queries. Writes join
 * the caller's transaction (the workflow step that schedules them).
 *
 * <p>Issue 14: every row belongs to a county (a Camunda tenant). Writers name it ({@code null}: the default
 * county, as {@code Counties.countyOf(null)}); readers that answer a user pass the counties he may see ({@code
 * null}: no county filter, for the system's own reads).
 */
public interface RestrictionRegister {

    /** Records the computed periods for one person of one case; returns the stored rows with ids. */
    default List<RegisteredRestriction> record(
            String caseBusinessKey, RestrictedPerson person, List<RestrictionPeriod> periods, String createdBy) {
        return record(caseBusinessKey, person, periods, createdBy, "问责决定");
    }

    /** As {@link #record(String, RestrictedPerson, List, String)}; the history names {@code reason}. */
    default List<RegisteredRestriction> record(
            String caseBusinessKey,
            RestrictedPerson person,
            List<RestrictionPeriod> periods,
            String createdBy,
            String reason) {
        return record(null, caseBusinessKey, person, periods, createdBy, reason);
    }

    /** As {@link #record(String, RestrictedPerson, List, String, String)}, in county {@code countyId}. */
    List<RegisteredRestriction> record(
            String countyId,
            String caseBusinessKey,
            RestrictedPerson person,
            List<RestrictionPeriod> periods,
            String createdBy,
            String reason);

    /**
     * ends the ACTIVE rows of one person of one case from {@code endedOn} on (that day is free), with the
     * reason in the history; returns the rows it ended.
     */
    default List<RegisteredRestriction> end(
            String caseBusinessKey, String personId, LocalDate endedOn, String reason, String endedBy) {
        return end(null, caseBusinessKey, personId, endedOn, reason, endedBy);
    }

    /** As {@link #end(String, String, LocalDate, String, String)}, for the rows of county {@code countyId}. */
    List<RegisteredRestriction> end(
            String countyId, String caseBusinessKey, String personId, LocalDate endedOn, String reason, String endedBy);

    /** the history of one person's rows, oldest first. */
    default List<RestrictionChange> changes(String personId) {
        return changes(personId, null);
    }

    /** As {@link #changes(String)}, of the rows of {@code countyIds} only ({@code null}: every county). */
    List<RestrictionChange> changes(String personId, Collection<String> countyIds);

    /** Marks the row EXPIRED (idempotent); empty when no such row exists. */
    Optional<RegisteredRestriction> expire(long id);

    Optional<RegisteredRestriction> find(long id);

    default List<RegisteredRestriction> findByPerson(String personId) {
        return findByPerson(personId, null);
    }

    /** The person's rows in {@code countyIds} only ({@code null}: every county); an empty list finds nothing. */
    List<RegisteredRestriction> findByPerson(String personId, Collection<String> countyIds);

    /** The rows that block {@code action} on {@code date} (from ≤ date < until, and not ended by then, A-4). */
    default List<RegisteredRestriction> blocking(String personId, EligibilityAction action, LocalDate date) {
        return blocking(personId, action, date, null);
    }

    /** As {@link #blocking(String, EligibilityAction, LocalDate)}, over the rows of {@code countyIds} only. */
    List<RegisteredRestriction> blocking(
            String personId, EligibilityAction action, LocalDate date, Collection<String> countyIds);
}
