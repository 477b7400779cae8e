package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.identity.StaffNames;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * the register's history of one person for the API and the register page: each change with the row it
 * touched, the dates before and after, who (by name) and why. Reads only.
 */
@Component
public class RestrictionHistory {

    private final RestrictionRegister register;
    private final StaffNames names;

    public RestrictionHistory(RestrictionRegister register, StaffNames names) {
        this.register = register;
        this.names = names;
    }

    /** Oldest first; an unknown person has no history; a missing person id is refused (field personId). */
    @Transactional(readOnly = true)
    public List<RestrictionHistoryEntry> of(String personId) {
        return of(personId, null);
    }

    /** As {@link #of(String)}, of the rows of {@code countyIds} only (issue 14; {@code null}: every county). */
    @Transactional(readOnly = true)
    public List<RestrictionHistoryEntry> of(String personId, Collection<String> countyIds) {
        List<RestrictionChange> changes = register.changes(personId, countyIds);
        if (changes.isEmpty()) {
            return List.of();
        }
        Map<Long, RegisteredRestriction> rows = register.findByPerson(personId, countyIds).stream()
                .collect(Collectors.toMap(RegisteredRestriction::id, Function.identity()));
        Map<String, String> userNames = new HashMap<>();
        return changes.stream()
                .map(c ->
                        entry(c, rows.get(c.restrictionId()), userNames.computeIfAbsent(c.changedBy(), names::nameOf)))
                .toList();
    }

    private static RestrictionHistoryEntry entry(RestrictionChange c, RegisteredRestriction row, String changedByName) {
        boolean added = c.type() == RestrictionChange.Type.ADDED;
        String before = added ? "—" : span(row.from(), row.until());
        String after;
        if (added) {
            after = span(row.from(), row.until());
        } else if (c.effectiveOn().isAfter(row.from())) {
            // the day it ended is the first free day
            after = span(row.from(), c.effectiveOn()) + "，自 " + c.effectiveOn() + " 起终止";
        } else {
            after = "自 " + c.effectiveOn() + " 起终止，未再适用";
        }
        return new RestrictionHistoryEntry(
                c.id(),
                c.effectiveOn(),
                c.type(),
                added ? "登记" : "终止",
                c.restrictionId(),
                row.type().name(),
                row.type().labelZh(),
                row.personId(),
                row.personName(),
                row.caseBusinessKey(),
                row.from(),
                row.until(),
                before,
                after,
                c.reason(),
                c.changedBy(),
                changedByName,
                c.changedAt());
    }

    /** {@code [from, until)} shown from the first to the last day covered. */
    private static String span(LocalDate from, LocalDate until) {
        return "自 " + from + " 起至 " + until.minusDays(1) + " 止";
    }
}
