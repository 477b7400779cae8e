package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionChange;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.register.RestrictionStatus;
import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test stand-in for the JDBC register of branch {@code register}; one county, the county arguments are ignored. */
public class InMemoryRestrictionRegister implements RestrictionRegister {

    private final Map<Long, RegisteredRestriction> rows = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final List<RestrictionChange> changes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public List<RegisteredRestriction> record(
            String countyId,
            String caseBusinessKey,
            RestrictedPerson person,
            List<RestrictionPeriod> periods,
            String createdBy,
            String reason) {
        List<RegisteredRestriction> out = new ArrayList<>();
        for (RestrictionPeriod p : periods) {
            long id = ids.incrementAndGet();
            RegisteredRestriction row = new RegisteredRestriction(
                    id,
                    caseBusinessKey,
                    person.personId(),
                    person.name(),
                    person.unit(),
                    p.type(),
                    p.from(),
                    p.until(),
                    p.basis(),
                    RestrictionStatus.ACTIVE,
                    createdBy,
                    Instant.now(),
                    null,
                    null);
            rows.put(id, row);
            change(id, person.personId(), RestrictionChange.Type.ADDED, p.from(), reason, createdBy);
            out.add(row);
        }
        return out;
    }

    @Override
    public Optional<RegisteredRestriction> expire(long id) {
        return Optional.ofNullable(rows.computeIfPresent(
                id,
                (k, r) -> r.status() == RestrictionStatus.ACTIVE
                        ? copy(r, RestrictionStatus.EXPIRED, r.endedOn(), r.endReason())
                        : r));
    }

    @Override
    public List<RegisteredRestriction> end(
            String countyId,
            String caseBusinessKey,
            String personId,
            LocalDate endedOn,
            String reason,
            String endedBy) {
        List<RegisteredRestriction> ended = new ArrayList<>();
        for (RegisteredRestriction r : findByPerson(personId)) {
            if (r.caseBusinessKey().equals(caseBusinessKey) && r.status() == RestrictionStatus.ACTIVE) {
                RegisteredRestriction e = copy(r, RestrictionStatus.ENDED, endedOn, reason);
                rows.put(r.id(), e);
                change(r.id(), personId, RestrictionChange.Type.ENDED, endedOn, reason, endedBy);
                ended.add(e);
            }
        }
        return ended;
    }

    @Override
    public List<RestrictionChange> changes(String personId, java.util.Collection<String> countyIds) {
        return changes.stream().filter(c -> c.personId().equals(personId)).toList();
    }

    @Override
    public Optional<RegisteredRestriction> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<RegisteredRestriction> findByPerson(String personId, java.util.Collection<String> countyIds) {
        return rows.values().stream()
                .filter(r -> r.personId().equals(personId))
                .sorted(java.util.Comparator.comparing(RegisteredRestriction::id))
                .toList();
    }

    @Override
    public List<RegisteredRestriction> blocking(
            String personId, EligibilityAction action, LocalDate date, java.util.Collection<String> countyIds) {
        return findByPerson(personId).stream()
                .filter(r -> r.type().blocks(action) && !date.isBefore(r.from()) && date.isBefore(r.effectiveUntil()))
                .toList();
    }

    private void change(
            long restrictionId, String personId, RestrictionChange.Type type, LocalDate on, String reason, String by) {
        changes.add(new RestrictionChange(
                changes.size() + 1, restrictionId, personId, type, on, reason, by, Instant.now()));
    }

    private static RegisteredRestriction copy(
            RegisteredRestriction r, RestrictionStatus status, LocalDate endedOn, String endReason) {
        return new RegisteredRestriction(
                r.id(),
                r.caseBusinessKey(),
                r.personId(),
                r.personName(),
                r.unit(),
                r.type(),
                r.from(),
                r.until(),
                r.basis(),
                status,
                r.createdBy(),
                r.createdAt(),
                endedOn,
                endReason);
    }

    public void clear() {
        rows.clear();
        changes.clear();
    }

    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        public InMemoryRestrictionRegister inMemoryRestrictionRegister() {
            return new InMemoryRestrictionRegister();
        }
    }
}
