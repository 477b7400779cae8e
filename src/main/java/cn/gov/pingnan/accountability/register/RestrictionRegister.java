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
    List<RegisteredRestriction> record(
            String caseBusinessKey, RestrictedPerson person, List<RestrictionPeriod> periods, String createdBy);

    /** Marks the row EXPIRED (idempotent); empty when no such row exists. */
    Optional<RegisteredRestriction> expire(long id);

    Optional<RegisteredRestriction> find(long id);

    List<RegisteredRestriction> findByPerson(String personId);

    /** The ACTIVE or EXPIRED rows that block {@code action} on {@code date} (from ≤ date < until). */
    List<RegisteredRestriction> blocking(String personId, EligibilityAction action, LocalDate date);
}
