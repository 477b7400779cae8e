package cn.gov.pingnan.accountability.rules;

import java.util.List;

/**
 * How a decided case goes on: the route, whether criminal leads go
 * to the judicial organs, whether party/government discipline is referred, whether the post
 * restrictions of Art. 12 are scheduled, and the R-ids that say so.
 */
public record Referral(
        ReferralRoute route,
        boolean judicialTransfer,
        boolean disciplineReferral,
        boolean schedulePostRestrictions,
        List<String> basis) {

    public Referral {
        basis = List.copyOf(basis);
    }
}
