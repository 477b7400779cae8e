package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.rules.CaseReadRule;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.PersonIdFormat;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.WorkField;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 案件查询: the case index searched by number, respondent, unit, field, ground item, status and registration
 * date, only among the cases the user may read. The SQL condition is {@link CaseReadRule} written as SQL; {@code
 * CaseSearchIT} checks both agree. Issue 14: only the cases of the user's counties (ix_staff_case_* lead with the
 * county).
 */
@Component
public class CaseSearch {

    public static final int PAGE_SIZE = 20;
    public static final List<String> STATUSES = List.of("OPEN", "CLOSED", "OUT_OF_SCOPE");

    private final NamedParameterJdbcTemplate jdbc;
    private final GroundsCatalogue grounds = GroundsCatalogue.loadDefault();

    public CaseSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The query as typed; every field may be blank. Parsed by {@link #parse}, which names a bad field. */
    public record Query(
            String caseNumber,
            String person,
            String unit,
            String field,
            String ground,
            String status,
            String from,
            String to,
            String page) {

        boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    public record Hit(
            String caseNumber,
            String status,
            String workField,
            LocalDate openedOn,
            LocalDate closedOn,
            List<String> respondents) {}

    public record Page(List<Hit> hits, long total, int page, int pages) {}

    @Transactional(readOnly = true)
    public Page search(Query query, StaffUser user) {
        StringBuilder where = new StringBuilder(" WHERE c.tenant_id IN (:counties)");
        MapSqlParameterSource params = new MapSqlParameterSource();
        // issue 14: a user of no county sees no case (IN () is not valid SQL)
        params.addValue("counties", user.countyIds().isEmpty() ? List.of("") : user.countyIds());
        if (!query.isBlank(query.caseNumber())) {
            where.append(" AND c.case_number = :caseNumber");
            params.addValue("caseNumber", parseCaseNumber(query.caseNumber()));
        }
        // respondent, unit and ground narrow by their own indexes first (IN, not a per-case EXISTS)
        if (!query.isBlank(query.person())) {
            String person = PersonIdFormat.requireIdOrName(query.person(), "person");
            String byName = "SELECT n.case_number FROM staff_case_respondent n WHERE n.name LIKE :personPrefix";
            String byId = "SELECT i.case_number FROM staff_case_respondent i WHERE i.person_id = :person";
            where.append(" AND c.case_number IN (")
                    .append(PersonIdFormat.looksLikePersonId(person) ? byId + " UNION " + byName : byName)
                    .append(")");
            params.addValue("person", person).addValue("personPrefix", likePrefix(person));
        }
        if (!query.isBlank(query.unit())) {
            where.append(" AND c.case_number IN (SELECT u.case_number FROM staff_case_respondent u"
                    + " WHERE u.unit LIKE :unitPrefix)");
            params.addValue("unitPrefix", likePrefix(query.unit().strip()));
        }
        if (!query.isBlank(query.field())) {
            where.append(" AND c.work_field = :field");
            params.addValue(
                    "field",
                    parseEnum(WorkField.class, query.field(), "field", "工作领域").name());
        }
        if (!query.isBlank(query.ground())) {
            String code = query.ground().strip();
            if (grounds.find(code).isEmpty()) {
                throw new RuleViolationException(
                        "ground", "Unknown ground item '" + code + "'", "问责情形“" + code + "”不在目录中");
            }
            where.append(" AND c.case_number IN (SELECT g.case_number FROM staff_case_ground g"
                    + " WHERE g.ground_item = :ground)");
            params.addValue("ground", code);
        }
        if (!query.isBlank(query.status())) {
            String status = query.status().strip();
            if (!STATUSES.contains(status)) {
                throw new RuleViolationException(
                        "status", "Unknown status '" + status + "'; one of " + STATUSES, "案件状态“" + status + "”无效");
            }
            where.append(" AND c.status = :status");
            params.addValue("status", status);
        }
        LocalDate from = parseDate(query.from(), "from", "起始日期");
        LocalDate to = parseDate(query.to(), "to", "截止日期");
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("to", "'to' is before 'from'", "截止日期早于起始日期");
        }
        if (from != null) {
            where.append(" AND c.opened_on >= :from");
            params.addValue("from", from);
        }
        if (to != null) {
            where.append(" AND c.opened_on <= :to");
            params.addValue("to", to);
        }
        appendReadRule(where, params, user.groupIds());

        int page = pageNumber(query.page());
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM staff_case c" + where, params, Long.class);
        params.addValue("limit", PAGE_SIZE).addValue("offset", (long) page * PAGE_SIZE);
        List<Hit> hits = jdbc.query(
                "SELECT c.case_number, c.status, c.work_field, c.opened_on, c.closed_on FROM staff_case c" + where
                        + " ORDER BY c.opened_on DESC, c.case_number DESC LIMIT :limit OFFSET :offset",
                params,
                (rs, n) -> new Hit(
                        rs.getString("case_number"),
                        rs.getString("status"),
                        rs.getString("work_field"),
                        rs.getObject("opened_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class),
                        new ArrayList<>()));
        attachRespondents(hits);
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(hits, total, page, pages);
    }

    /** {@link CaseReadRule} as SQL: read-all groups see everything; otherwise a granting group must be found. */
    private static void appendReadRule(StringBuilder where, MapSqlParameterSource params, List<String> groups) {
        if (CaseReadRule.readsAll(groups)) {
            return;
        }
        List<String> plain = groups.stream()
                .filter(g -> !g.equals(CaseReadRule.TOWNSHIP_COMMITTEE))
                .toList();
        List<String> any = new ArrayList<>();
        if (!plain.isEmpty()) {
            any.add("EXISTS (SELECT 1 FROM staff_case_group a WHERE a.case_number = c.case_number"
                    + " AND a.group_id IN (:readerGroups))");
            params.addValue("readerGroups", plain);
        }
        if (groups.contains(CaseReadRule.TOWNSHIP_COMMITTEE)) {
            // never a county-managed case
            any.add("(c.county_managed = FALSE AND EXISTS (SELECT 1 FROM staff_case_group t"
                    + " WHERE t.case_number = c.case_number AND t.group_id = '" + CaseReadRule.TOWNSHIP_COMMITTEE
                    + "'))");
        }
        if (groups.contains(CaseReadRule.ORGANIZATION_DEPT)) {
            //
            any.add("EXISTS (SELECT 1 FROM acc_restriction x WHERE x.case_business_key = c.case_number)");
        }
        where.append(any.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", any) + ")");
    }

    private void attachRespondents(List<Hit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        Map<String, Hit> byNumber = new LinkedHashMap<>();
        hits.forEach(h -> byNumber.put(h.caseNumber(), h));
        jdbc.query(
                "SELECT case_number, name FROM staff_case_respondent WHERE case_number IN (:numbers)"
                        + " ORDER BY case_number, name",
                new MapSqlParameterSource("numbers", byNumber.keySet()),
                rs -> {
                    byNumber.get(rs.getString("case_number")).respondents().add(rs.getString("name"));
                });
    }

    private static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException malformed) {
            // answered below
        }
        throw new RuleViolationException(
                "page", "Page '" + page + "' is not a number of 0 or more", "页码“" + page + "”无效");
    }

    static String parseCaseNumber(String text) {
        return CaseNumber.parse(text).toString();
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static LocalDate parseDate(String text, String field, String labelZh) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new RuleViolationException(
                    field,
                    "Not a valid date '" + text + "'; expected YYYY-MM-DD",
                    labelZh + "“" + text + "”不是有效日期，应为 年-月-日（如 2026-03-02）");
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field, String labelZh) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolationException(
                    field,
                    "Unknown " + field + " '" + text + "'; one of " + Arrays.toString(type.getEnumConstants()),
                    labelZh + "“" + text + "”无效");
        }
    }
}
