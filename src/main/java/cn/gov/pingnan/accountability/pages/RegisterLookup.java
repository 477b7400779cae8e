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

/** 影响期登记 (R-12.5): the register looked up by person id or name, expiring soon, as CSV. Reads only. */
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
    public List<RegisteredRestriction> byPerson(String text) {
        String person = PersonIdFormat.requireIdOrName(text, "person");
        List<String> ids = jdbc.queryForList(
                "SELECT DISTINCT person_id FROM acc_restriction WHERE person_id = :person OR person_name LIKE :prefix"
                        + " ORDER BY person_id LIMIT " + MAX_PERSONS,
                new MapSqlParameterSource("person", person)
                        .addValue("prefix", person.replace("%", "\\%").replace("_", "\\_") + "%"),
                String.class);
        return ids.stream().flatMap(id -> register.findByPerson(id).stream()).toList();
    }

    /** A-4: the register's history of the persons of {@code rows}, person by person, oldest change first. */
    @Transactional(readOnly = true)
    public List<RestrictionHistoryEntry> history(List<RegisteredRestriction> rows) {
        return rows.stream()
                .map(RegisteredRestriction::personId)
                .distinct()
                .flatMap(id -> history.of(id).stream())
                .toList();
    }

    /** ACTIVE rows whose period ends within {@code days} days from {@code today}. */
    @Transactional(readOnly = true)
    public List<RegisteredRestriction> expiring(LocalDate today, int days) {
        List<String> ids = jdbc.queryForList(
                "SELECT DISTINCT person_id FROM acc_restriction WHERE status = 'ACTIVE'"
                        + " AND valid_until > :today AND valid_until <= :end",
                new MapSqlParameterSource("today", today).addValue("end", today.plusDays(days)),
                String.class);
        return ids.stream()
                .flatMap(id -> register.findByPerson(id).stream())
                .filter(r -> r.status() == RestrictionStatus.ACTIVE)
                .filter(r -> r.until().isAfter(today) && !r.until().isAfter(today.plusDays(days)))
                .sorted(Comparator.comparing(RegisteredRestriction::until).thenComparing(RegisteredRestriction::id))
                .toList();
    }

    /** R-12.5: the answer in words for one person, date and purpose. */
    @Transactional(readOnly = true)
    public String eligibility(String personId, EligibilityAction action, LocalDate date) {
        String id = PersonIdFormat.require(personId, "personId");
        List<RestrictionPeriod> blocking = register.blocking(id, action, date).stream()
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
