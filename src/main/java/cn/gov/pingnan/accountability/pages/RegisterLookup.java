package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictionHistory;
import cn.gov.pingnan.accountability.register.RestrictionHistoryEntry;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.register.RestrictionStatus;
import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.EligibilityAnswer;
import cn.gov.pingnan.accountability.rules.PersonIdFormat;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 影响期登记 (R-12.5): the register looked up by person id or name, expiring soon, as CSV. Reads only, and only the
 * rows of the counties given (issue 14: the user's; a person's rows of another county are never shown).
 */
@Component
public class RegisterLookup {

    static final int MAX_PERSONS = 50;

    private final RestrictionRegister register;
    private final NamedParameterJdbcTemplate jdbc;
    private final RestrictionHistory history;

    public RegisterLookup(RestrictionRegister register, NamedParameterJdbcTemplate jdbc, RestrictionHistory history) {
        this.register = register;
        this.jdbc = jdbc;
        this.history = history;
    }

    /** The rows of every person whose id is {@code text} or whose name starts with it. */
    @Transactional(readOnly = true)
    public List<RegisteredRestriction> byPerson(String text, List<String> countyIds) {
        String person = PersonIdFormat.requireIdOrName(text, "person");
        if (countyIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = jdbc.queryForList(
                "SELECT DISTINCT person_id FROM acc_restriction WHERE tenant_id IN (:counties)"
                        + " AND (person_id = :person OR person_name LIKE :prefix)"
                        + " ORDER BY person_id LIMIT " + MAX_PERSONS,
                new MapSqlParameterSource("person", person)
                        .addValue("counties", countyIds)
                        .addValue("prefix", person.replace("%", "\\%").replace("_", "\\_") + "%"),
                String.class);
        return ids.stream()
                .flatMap(id -> register.findByPerson(id, countyIds).stream())
                .toList();
    }

    /** A-4: the register's history of the persons of {@code rows}, person by person, oldest change first. */
    @Transactional(readOnly = true)
    public List<RestrictionHistoryEntry> history(List<RegisteredRestriction> rows, List<String> countyIds) {
        return rows.stream()
                .map(RegisteredRestriction::personId)
                .distinct()
                .flatMap(id -> history.of(id, countyIds).stream())
                .toList();
    }

    /** ACTIVE rows whose period ends within {@code days} days from {@code today}. */
    @Transactional(readOnly = true)
    public List<RegisteredRestriction> expiring(LocalDate today, int days, List<String> countyIds) {
        if (countyIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = jdbc.queryForList(
                "SELECT DISTINCT person_id FROM acc_restriction WHERE tenant_id IN (:counties) AND status = 'ACTIVE'"
                        + " AND valid_until > :today AND valid_until <= :end",
                new MapSqlParameterSource("today", today)
                        .addValue("end", today.plusDays(days))
                        .addValue("counties", countyIds),
                String.class);
        return ids.stream()
                .flatMap(id -> register.findByPerson(id, countyIds).stream())
                .filter(r -> r.status() == RestrictionStatus.ACTIVE)
                .filter(r -> r.until().isAfter(today) && !r.until().isAfter(today.plusDays(days)))
                .sorted(Comparator.comparing(RegisteredRestriction::until).thenComparing(RegisteredRestriction::id))
                .toList();
    }

    /** R-12.5: the answer in words for one person, date and purpose. */
    @Transactional(readOnly = true)
    public String eligibility(String personId, EligibilityAction action, LocalDate date, List<String> countyIds) {
        String id = PersonIdFormat.require(personId, "personId");
        // issue 14: the answer rests on the rows of the user's counties only
        List<RestrictionPeriod> blocking = register.blocking(id, action, date, countyIds).stream()
                .map(r -> new RestrictionPeriod(r.type(), r.from(), r.until(), r.basis()))
                .toList();
        return EligibilityAnswer.words(action, date, blocking);
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs on Chinese Windows read the names right. */
    static void writeCsv(List<RegisteredRestriction> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("姓名", "身份标识", "单位", "影响期类型", "类型代码", "起始日", "届满日（当日起不再受限）", "依据", "状态", "来源案件")
                .get()
                .print(out)) {
            for (RegisteredRestriction r : rows) {
                csv.printRecord(
                        cell(r.personName()),
                        cell(r.personId()),
                        cell(r.unit()),
                        r.type().labelZh(),
                        r.type().name(),
                        r.from(),
                        r.until(),
                        cell(r.basis()),
                        r.status().labelZh(),
                        cell(r.caseBusinessKey()));
            }
        }
    }

    /** A cell a spreadsheet would take for a formula (=, +, -, @) is written as text. */
    static String cell(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
