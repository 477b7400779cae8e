package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * in words for the organization department: "2027-08-31 前不得提拔使用". Periods are {@code [from, until)}
 * so the last barred day is the day before {@code until}; where several restrictions bar the action the one
 * ending last governs.
 */
public final class EligibilityAnswer {

    private EligibilityAnswer() {}

    /** @param blocking the periods that bar {@code action} on {@code date} (empty: allowed) */
    public static String words(EligibilityAction action, LocalDate date, List<RestrictionPeriod> blocking) {
        if (blocking.isEmpty()) {
            return date + " 可以" + action.labelZh() + "：登记簿中没有限制该事项的影响期";
        }
        RestrictionPeriod last = blocking.stream()
                .max(Comparator.comparing(RestrictionPeriod::until))
                .orElseThrow();
        LocalDate lastBarredDay = last.lastDay();
        return lastBarredDay + " 前不得" + action.labelZh() + "（" + last.type().labelZh() + "，" + last.until()
                + " 起不再受此限制）";
    }
}
