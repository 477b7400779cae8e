package cn.gov.pingnan.accountability.register;

import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The restriction register in table {@code acc_restriction}, on the engine's DataSource.
 * Every method joins the caller's transaction (propagation REQUIRED), so rows recorded by a
 * workflow step commit or roll back with that step. Logs carry ids only, never names. Issue 14: each row and change
 * records its county ({@code tenant_id}); a reader given counties sees only their rows.
 */
@Repository("restrictionRegister")
@Transactional
public class JdbcRestrictionRegister implements RestrictionRegister {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRestrictionRegister.class);

    // Column sizes of V1__restriction_register.sql: checked here so callers get a named field, not an SQL error.
    static final int MAX_KEY = 64;
    static final int MAX_NAME = 100;
    static final int MAX_UNIT = 200;
    static final int MAX_BASIS = 64;

    private static final String COLUMNS =
            "id, case_business_key, person_id, person_name, unit, restriction_type, valid_from, valid_until,"
                    + " basis, status, created_by, created_at, ended_on, end_reason, tenant_id";

    private static final String INSERT =
            "INSERT INTO acc_restriction (case_business_key, person_id, person_name, unit, restriction_type,"
                    + " valid_from, valid_until, basis, status, created_by, created_at, tenant_id)"
                    + " VALUES (:caseKey, :personId, :personName, :unit, :type, :from, :until, :basis, :status,"
                    + " :createdBy, :createdAt, :county)";

    // [valid_from, valid_until) contains the date; matches ix_acc_restriction_check column by column
    // (tenant_id, person_id, restriction_type, valid_from, valid_until; V7).
    static final String BLOCKING = "SELECT " + COLUMNS + " FROM acc_restriction"
            + " WHERE tenant_id IN (:counties) AND person_id = :personId AND restriction_type IN (:types)"
            + " AND valid_from <= :date AND valid_until > :date"
            // from the day an appeal ended the row, it no longer blocks
            + " AND (ended_on IS NULL OR ended_on > :date) ORDER BY valid_from, id";

    private static final String INSERT_CHANGE = "INSERT INTO acc_restriction_change (restriction_id, person_id,"
            + " change_type, effective_on, reason, changed_by, changed_at, tenant_id)"
            + " VALUES (:restrictionId, :personId, :type, :effectiveOn, :reason, :changedBy, :changedAt, :county)";
    static final int MAX_REASON = 500;

    private static final RowMapper<RegisteredRestriction> ROW = JdbcRestrictionRegister::mapRow;

    private final NamedParameterJdbcTemplate jdbc;
    private final Counties counties;
    private final Clock clock;

    @Autowired
    public JdbcRestrictionRegister(NamedParameterJdbcTemplate jdbc, Counties counties) {
        this(jdbc, counties, Clock.systemUTC());
    }

    JdbcRestrictionRegister(NamedParameterJdbcTemplate jdbc, Counties counties, Clock clock) {
        this.jdbc = jdbc;
        this.counties = counties;
        this.clock = clock;
    }

    @Override
    public List<RegisteredRestriction> record(
            String countyId,
            String caseBusinessKey,
            RestrictedPerson person,
            List<RestrictionPeriod> periods,
            String createdBy,
            String reason) {
        required(reason, "reason", MAX_REASON, "The reason for the restrictions", "登记理由");
        required(caseBusinessKey, "caseBusinessKey", MAX_KEY, "The case business key", "案件编号");
        if (person == null) {
            throw new RuleViolationException("person", "The restricted person is missing", "缺少被限制人员");
        }
        String personId = normalizedPersonId(person.personId(), "person.personId");
        optional(person.name(), "person.name", MAX_NAME, "The person's name", "人员姓名");
        optional(person.unit(), "person.unit", MAX_UNIT, "The person's unit", "人员所在单位");
        required(createdBy, "createdBy", MAX_KEY, "The user recording the restrictions", "登记人");
        if (periods == null) {
            throw new RuleViolationException("periods", "No restriction periods given", "缺少限制期");
        }
        for (int i = 0; i < periods.size(); i++) {
            checkPeriod(periods.get(i), "periods[" + i + "]");
        }

        String county = counties.countyOf(countyId);
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<RegisteredRestriction> rows = new ArrayList<>(periods.size());
        for (RestrictionPeriod period : periods) {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("caseKey", caseBusinessKey)
                    .addValue("personId", personId)
                    .addValue("personName", person.name())
                    .addValue("unit", person.unit())
                    .addValue("type", period.type().name())
                    .addValue("from", period.from())
                    .addValue("until", period.until())
                    .addValue("basis", period.basis())
                    .addValue("status", RestrictionStatus.ACTIVE.name())
                    .addValue("createdBy", createdBy)
                    .addValue("createdAt", LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                    .addValue("county", county);
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(INSERT, params, key, new String[] {"id"});
            long id = key.getKeyAs(Number.class).longValue();
            change(county, id, personId, RestrictionChange.Type.ADDED, period.from(), reason, createdBy, createdAt);
            rows.add(new RegisteredRestriction(
                    id,
                    caseBusinessKey,
                    personId,
                    person.name(),
                    person.unit(),
                    period.type(),
                    period.from(),
                    period.until(),
                    period.basis(),
                    RestrictionStatus.ACTIVE,
                    createdBy,
                    createdAt,
                    null,
                    null));
        }
        List<Long> ids = rows.stream().map(RegisteredRestriction::id).toList();
        afterCommit(() -> LOG.info(
                "Recorded restrictions {} for person id {} of case {} by {}",
                ids,
                PersonIdMasking.mask(personId),
                caseBusinessKey,
                createdBy));
        return List.copyOf(rows);
    }

    @Override
    public List<RegisteredRestriction> end(
            String countyId,
            String caseBusinessKey,
            String personId,
            LocalDate endedOn,
            String reason,
            String endedBy) {
        String county = counties.countyOf(countyId);
        required(caseBusinessKey, "caseBusinessKey", MAX_KEY, "The case business key", "案件编号");
        String id = normalizedPersonId(personId, "personId");
        if (endedOn == null) {
            throw new RuleViolationException("endedOn", "The day the restrictions end is missing", "缺少影响期终止日期");
        }
        required(reason, "reason", MAX_REASON, "The reason for ending the restrictions", "终止理由");
        required(endedBy, "endedBy", MAX_KEY, "The user ending the restrictions", "经办人");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<RegisteredRestriction> ended = new ArrayList<>();
        for (RegisteredRestriction row : jdbc.query(
                "SELECT " + COLUMNS
                        + " FROM acc_restriction WHERE case_business_key = :caseKey AND person_id = :personId"
                        + " AND tenant_id = :county AND status = :active ORDER BY id FOR UPDATE",
                new MapSqlParameterSource()
                        .addValue("caseKey", caseBusinessKey)
                        .addValue("county", county)
                        .addValue("personId", id)
                        .addValue("active", RestrictionStatus.ACTIVE.name()),
                ROW)) {
            jdbc.update(
                    "UPDATE acc_restriction SET status = :ended, ended_on = :endedOn, end_reason = :reason WHERE id = :id",
                    new MapSqlParameterSource()
                            .addValue("ended", RestrictionStatus.ENDED.name())
                            .addValue("endedOn", endedOn)
                            .addValue("reason", reason)
                            .addValue("id", row.id()));
            change(county, row.id(), id, RestrictionChange.Type.ENDED, endedOn, reason, endedBy, now);
            ended.add(find(row.id()).orElseThrow());
        }
        List<Long> ids = ended.stream().map(RegisteredRestriction::id).toList();
        afterCommit(() -> LOG.info(
                "Ended restrictions {} of person id {} of case {} from {} by {}",
                ids,
                PersonIdMasking.mask(id),
                caseBusinessKey,
                endedOn,
                endedBy));
        return List.copyOf(ended);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RestrictionChange> changes(String personId, Collection<String> countyIds) {
        MapSqlParameterSource params = new MapSqlParameterSource("personId", normalizedPersonId(personId, "personId"));
        if (countyIds != null && countyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT id, restriction_id, person_id, change_type, effective_on, reason, changed_by, changed_at"
                        + " FROM acc_restriction_change WHERE " + countyFilter(countyIds, params)
                        + " person_id = :personId ORDER BY id",
                params,
                (rs, n) -> new RestrictionChange(
                        rs.getLong("id"),
                        rs.getLong("restriction_id"),
                        rs.getString("person_id"),
                        RestrictionChange.Type.valueOf(rs.getString("change_type")),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)));
    }

    private void change(
            String county,
            long restrictionId,
            String personId,
            RestrictionChange.Type type,
            LocalDate effectiveOn,
            String reason,
            String by,
            Instant at) {
        jdbc.update(
                INSERT_CHANGE,
                new MapSqlParameterSource()
                        .addValue("restrictionId", restrictionId)
                        .addValue("personId", personId)
                        .addValue("type", type.name())
                        .addValue("effectiveOn", effectiveOn)
                        .addValue("reason", reason)
                        .addValue("changedBy", by)
                        .addValue("changedAt", LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                        .addValue("county", county));
    }

    /** {@code tenant_id IN (:counties) AND}, or nothing when every county is read. */
    private static String countyFilter(Collection<String> countyIds, MapSqlParameterSource params) {
        if (countyIds == null) {
            return "";
        }
        params.addValue("counties", List.copyOf(countyIds));
        return "tenant_id IN (:counties) AND";
    }

    @Override
    public Optional<RegisteredRestriction> expire(long id) {
        // expiry only changes the status; the row stays for the record
        int changed = jdbc.update(
                "UPDATE acc_restriction SET status = :expired WHERE id = :id AND status = :active",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("expired", RestrictionStatus.EXPIRED.name())
                        .addValue("active", RestrictionStatus.ACTIVE.name()));
        if (changed > 0) {
            afterCommit(() -> LOG.info("Expired restriction {}", id));
        }
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RegisteredRestriction> find(long id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM acc_restriction WHERE id = :id",
                        new MapSqlParameterSource("id", id),
                        ROW)
                .stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredRestriction> findByPerson(String personId, Collection<String> countyIds) {
        MapSqlParameterSource params = new MapSqlParameterSource("personId", normalizedPersonId(personId, "personId"));
        if (countyIds != null && countyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM acc_restriction WHERE " + countyFilter(countyIds, params)
                        + " person_id = :personId ORDER BY valid_from, id",
                params,
                ROW);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegisteredRestriction> blocking(
            String personId, EligibilityAction action, LocalDate date, Collection<String> countyIds) {
        String id = normalizedPersonId(personId, "personId");
        if (action == null) {
            throw new RuleViolationException("action", "No action to check", "未指定要查询的事项");
        }
        if (date == null) {
            throw new RuleViolationException("date", "No date to check", "未指定要查询的日期");
        }
        List<String> types = Arrays.stream(RestrictionType.values())
                .filter(t -> t.blocks(action))
                .map(Enum::name)
                .toList();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("personId", id)
                .addValue("types", types)
                .addValue("date", date);
        if (countyIds != null && countyIds.isEmpty()) {
            return List.of();
        }
        // the SQL narrows by the index; the rules decide. Status is not asked: the date range governs.
        // Issue 14: only the rows of the counties the caller may see answer him (every configured one for the system)
        params.addValue(
                "counties",
                countyIds == null ? counties.all().stream().map(County::id).toList() : List.copyOf(countyIds));
        return jdbc.query(BLOCKING, params, ROW).stream()
                .filter(row -> periodOf(row).blocks(action, date))
                .toList();
    }

    /** The log tells what the register holds: a step that rolls back recorded nothing. */
    private static void afterCommit(Runnable log) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            log.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                log.run();
            }
        });
    }

    private static RestrictionPeriod periodOf(RegisteredRestriction row) {
        return new RestrictionPeriod(row.type(), row.from(), row.until(), row.basis());
    }

    private static RegisteredRestriction mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new RegisteredRestriction(
                rs.getLong("id"),
                rs.getString("case_business_key"),
                rs.getString("person_id"),
                rs.getString("person_name"),
                rs.getString("unit"),
                RestrictionType.valueOf(rs.getString("restriction_type")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getString("basis"),
                RestrictionStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"));
    }

    private static String normalizedPersonId(String personId, String field) {
        String trimmed = personId == null ? null : personId.trim();
        required(trimmed, field, MAX_KEY, "The person id", "人员身份标识");
        return trimmed;
    }

    private static void checkPeriod(RestrictionPeriod period, String field) {
        if (period == null) {
            throw new RuleViolationException(field, "Restriction " + field + " is empty", "限制期为空");
        }
        if (period.type() == null) {
            throw new RuleViolationException(field + ".type", "Restriction " + field + " has no type", "限制期缺少限制类型");
        }
        if (period.from() == null || period.until() == null) {
            throw new RuleViolationException(
                    field + (period.from() == null ? ".from" : ".until"),
                    "Restriction " + field + " needs both dates",
                    "限制期缺少起止日期");
        }
        if (!period.from().isBefore(period.until())) {
            throw new RuleViolationException(
                    field + ".until", "Restriction " + field + " must end after it starts", "限制期的截止日期须晚于起始日期");
        }
        required(period.basis(), field + ".basis", MAX_BASIS, "The basis of " + field, "限制依据");
    }

    private static void required(String value, String field, int maxLength, String whatEn, String whatZh) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, whatEn + " is missing", "缺少" + whatZh);
        }
        optional(value, field, maxLength, whatEn, whatZh);
    }

    private static void optional(String value, String field, int maxLength, String whatEn, String whatZh) {
        if (value != null && value.length() > maxLength) {
            throw new RuleViolationException(
                    field, whatEn + " is longer than " + maxLength + " characters", whatZh + "超过" + maxLength + "个字符");
        }
    }
}
