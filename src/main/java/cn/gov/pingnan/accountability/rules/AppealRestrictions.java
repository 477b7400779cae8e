package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * the restrictions after an appeal changed the measure. The new measure's periods run from the original
 * effective date, but the register only changes from the day of the change on: the old rows end that day,
 * and the new rows start that day; a new period that is over by then adds nothing.
 */
public final class AppealRestrictions {

    private AppealRestrictions() {}

    /** The rows to add on {@code changedOn} for the periods {@code recomputed} from the original effective date. */
    public static List<RestrictionPeriod> fromChangeDay(List<RestrictionPeriod> recomputed, LocalDate changedOn) {
        if (changedOn == null) {
            throw new RuleViolationException("changedOn", "The day of the change is missing", "缺少变更日期");
        }
        List<RestrictionPeriod> rows = new ArrayList<>();
        for (RestrictionPeriod p : recomputed) {
            LocalDate from = p.from().isBefore(changedOn) ? changedOn : p.from();
            if (from.isBefore(p.until())) {
                rows.add(new RestrictionPeriod(p.type(), from, p.until(), p.basis() + ", A-4"));
            }
        }
        return List.copyOf(rows);
    }
}
