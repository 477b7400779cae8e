package cn.gov.pingnan.accountability.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * routes a decided case by the respondent's employment status.
 *
 * <p>Decisions not spelled out in the measures:
 * <ul>
 *   <li>RESIGNED without crime → {@link ReferralRoute#RECORD_RESIGNATION}: there is no unit to deliver to
 *       and no employer to recommend to, so the commission records the decision as for retirement; but
 *       unlike retirement the measures grant no exemption, and a resigned person can be re-hired
 *       within the influence period, so the restrictions ARE scheduled in the register .</li>
 *   <li>LEFT_COUNTY → restrictions NOT scheduled: the current employer decides and imposes the measure
 *       the county register holds only the county's own decisions, the employer's reply is
 *       recorded on the case.</li>
 * </ul>
 */
public final class ReferralRouting {

    private ReferralRouting() {}

    public static Referral route(EmploymentStatus status, boolean crimeSuspected, boolean disciplineDue) {
        if (status == null) {
            throw new RuleViolationException(
                    "employmentStatus", "The respondent's employment status is missing", "未填写被问责对象现任职状态");
        }
        List<String> basis = new ArrayList<>();
        ReferralRoute route;
        boolean schedule;
        switch (status) {
            case IN_POST -> {
                route = ReferralRoute.DELIVER_DECISION;
                schedule = true;
                basis.add("R-10");
            }
            case TRANSFERRED_IN_COUNTY -> {
                // still in the county → the county commission holds them accountable
                route = ReferralRoute.COMMISSION_HANDLES;
                schedule = true;
                basis.add("R-11.1");
            }
            case LEFT_COUNTY -> {
                // outside the county → recommend to the current employer, who imposes the measure
                route = ReferralRoute.RECOMMEND_TO_EMPLOYER;
                schedule = false;
                basis.add("R-11.2");
            }
            case RETIRED -> {
                // retired → decision recorded, no post restriction scheduled
                route = ReferralRoute.RECORD_RETIREMENT;
                schedule = false;
                basis.add("R-11.3");
            }
            case RESIGNED -> {
                // Art. 11 silent: record like retirement, but keep restrictions in case of re-employment
                route = ReferralRoute.RECORD_RESIGNATION;
                schedule = true;
                basis.add("R-10");
            }
            default -> throw new IllegalStateException("Unhandled status " + status);
        }
        // party or government discipline due → referred to that procedure
        if (disciplineDue) {
            basis.add("R-10.4");
        }
        // R-10.5 (in post) / R-11.4 (transferred, resigned, retired): crime suspected → judicial organs
        if (crimeSuspected) {
            String crimeBasis = status == EmploymentStatus.IN_POST ? "R-10.5" : "R-11.4";
            if (!basis.contains(crimeBasis)) {
                basis.add(crimeBasis);
            }
        }
        return new Referral(route, crimeSuspected, disciplineDue, schedule, basis);
    }

    /**
     * the rectification order of the heavier grade is tracked and verified where the county
     * carries the decision out itself — not where the current employer decides, not for the retired or
     * resigned.
     */
    public static boolean tracksRectification(ReferralRoute route, Measure measure) {
        boolean countyCarriesOut = route == ReferralRoute.DELIVER_DECISION || route == ReferralRoute.COMMISSION_HANDLES;
        return countyCarriesOut && SanctionGrading.requiresRectification(measure);
    }
}
