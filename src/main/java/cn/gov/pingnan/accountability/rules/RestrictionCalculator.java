package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * the restrictions that follow an accountability measure and any discipline imposed with it.
 *
 * <p>Several disciplines on a light or heavier measure (no post restriction of its own) yield ONE
 * NO_PROMOTION row from the earliest discipline effective date to the latest discipline end — one
 * restriction per type keeps the register query simple; the disciplines of one case concern the same
 * conduct, so their periods overlap in practice.
 */
public final class RestrictionCalculator {

    static final String R12_1 = "R-12.1";
    static final String R12_2 = "R-12.2";
    static final String R12_3 = "R-12.3";
    static final String R12_4 = "R-12.4";

    private final DisciplineCatalogue disciplines;

    public RestrictionCalculator(DisciplineCatalogue disciplines) {
        if (disciplines == null) {
            throw new IllegalArgumentException("DisciplineCatalogue is required");
        }
        this.disciplines = disciplines;
    }

    /** Calculator over the discipline periods shipped with the application. */
    public static RestrictionCalculator withDefaultCatalogue() {
        return new RestrictionCalculator(DisciplineCatalogue.loadDefault());
    }

    /**
     * Restrictions in the order AWARD_INELIGIBLE, NO_PROMOTION, NO_POST, NO_HIGHER_POST.
     * {@code effectiveDate} is the day the accountability decision takes effect (生效日).
     */
    public List<RestrictionPeriod> compute(Measure measure, LocalDate effectiveDate, List<DisciplineImposed> imposed) {
        if (measure == null) {
            throw new RuleViolationException("measure", "No accountability measure given", "未确定问责方式");
        }
        if (effectiveDate == null) {
            throw new RuleViolationException(
                    "effectiveDate", "The date the decision takes effect is missing", "未填写问责决定生效日期");
        }
        List<Ban> bans = disciplineBans(imposed == null ? List.of() : imposed);

        List<RestrictionPeriod> result = new ArrayList<>();
        // every sanctioned person loses the awards of the effective year
        result.add(new RestrictionPeriod(
                RestrictionType.AWARD_INELIGIBLE, effectiveDate, InfluencePeriod.endOfYear(effectiveDate), R12_1));
        switch (measure) {
            case REASSIGNMENT ->
                // no promotion for one year: the longer of the two periods governs
                result.add(longerOf(
                        RestrictionType.NO_PROMOTION,
                        effectiveDate,
                        InfluencePeriod.until(effectiveDate, 12),
                        R12_2,
                        bans));
            case REMOVAL -> {
                // no post for one year, nothing above the former level for two
                result.add(new RestrictionPeriod(
                        RestrictionType.NO_POST, effectiveDate, InfluencePeriod.until(effectiveDate, 12), R12_3));
                result.add(longerOf(
                        RestrictionType.NO_HIGHER_POST,
                        effectiveDate,
                        InfluencePeriod.until(effectiveDate, 24),
                        R12_3,
                        bans));
            }
            default -> {
                // the measure carries no promotion ban of its own, so the discipline's ban applies as is
                if (!bans.isEmpty()) {
                    LocalDate from = bans.stream()
                            .map(Ban::from)
                            .min(Comparator.naturalOrder())
                            .orElseThrow();
                    LocalDate until = bans.stream()
                            .map(Ban::until)
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
                    result.add(new RestrictionPeriod(RestrictionType.NO_PROMOTION, from, until, R12_4));
                }
            }
        }
        result.sort(Comparator.comparing(RestrictionPeriod::type));
        return List.copyOf(result);
    }

    private List<Ban> disciplineBans(List<DisciplineImposed> imposed) {
        List<Ban> bans = new ArrayList<>();
        for (int i = 0; i < imposed.size(); i++) {
            DisciplineImposed d = imposed.get(i);
            if (d == null) {
                throw new RuleViolationException(
                        "disciplines[" + i + "]", "Discipline entry " + i + " is empty", "第" + (i + 1) + "项党纪政纪处分为空");
            }
            int months = disciplines.monthsOf(d.type(), i);
            if (d.effectiveDate() == null) {
                throw new RuleViolationException(
                        "disciplines[" + i + "].effectiveDate",
                        "Discipline " + d.type() + " has no effective date",
                        "第" + (i + 1) + "项处分未填写生效日期");
            }
            bans.add(new Ban(d.effectiveDate(), InfluencePeriod.until(d.effectiveDate(), months)));
        }
        return bans;
    }

    private static RestrictionPeriod longerOf(
            RestrictionType type, LocalDate from, LocalDate measureUntil, String measureBasis, List<Ban> bans) {
        if (bans.isEmpty()) {
            return new RestrictionPeriod(type, from, measureUntil, measureBasis);
        }
        LocalDate until = measureUntil;
        for (Ban ban : bans) {
            if (ban.until().isAfter(until)) {
                until = ban.until();
            }
        }
        // one row, from the measure's effective date, to the later end; the basis names both rules
        return new RestrictionPeriod(type, from, until, measureBasis + ", " + R12_4);
    }

    private record Ban(LocalDate from, LocalDate until) {}
}
