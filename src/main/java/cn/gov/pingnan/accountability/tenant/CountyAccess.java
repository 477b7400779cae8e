package cn.gov.pingnan.accountability.tenant;

import cn.gov.pingnan.accountability.security.WithoutCaller;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 14: which counties' rows of our own tables (register, case index, statistics) a user may see, and the county
 * of a case. A user sees the tenants he is a member of, directly or through a group (the prefecture readers' group
 * is a member of every county); the operators ({@code camunda-admin}) see every county. While the engine knows no
 * tenant at all (a database of one county before its upgrade), everybody is the default county's.
 */
@Component
public class CountyAccess {

    /** The prefecture-level group (市级只读): reads every county, writes nothing. */
    public static final String PREFECTURE_READERS = "prefecture-readers";

    static final String ADMIN = "camunda-admin";

    private final IdentityService identityService;
    private final HistoryService historyService;
    private final NamedParameterJdbcTemplate jdbc;
    private final Counties counties;

    public CountyAccess(
            IdentityService identityService,
            HistoryService historyService,
            NamedParameterJdbcTemplate jdbc,
            Counties counties) {
        this.identityService = identityService;
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.counties = counties;
    }

    /** The county ids the user may read, in the order of {@code pingnan.counties}; empty: none. */
    public List<String> visibleCounties(String userId, Collection<String> groupIds) {
        List<String> all = counties.all().stream().map(County::id).toList();
        if (groupIds != null && groupIds.contains(ADMIN)) {
            return all;
        }
        if (userId == null) {
            return List.of();
        }
        Set<String> member = WithoutCaller.read(
                identityService,
                () -> identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId)
                        .collect(Collectors.toSet()));
        if (member.isEmpty()
                && WithoutCaller.read(
                                identityService,
                                () -> identityService.createTenantQuery().count())
                        == 0) {
            // an engine without any tenant (before the county upgrade, or a test engine): one county, the default
            return List.of(counties.defaultCounty().id());
        }
        List<String> visible =
                new ArrayList<>(all.stream().filter(member::contains).toList());
        member.stream().filter(id -> !all.contains(id)).sorted().forEach(visible::add);
        return List.copyOf(visible);
    }

    /** True when the user reads more than one county (a prefecture reader, an operator of several counties). */
    public static boolean readsSeveral(List<String> countyIds) {
        return countyIds.size() > 1;
    }

    /**
     * The county of a case: its row in the case index, else the tenant of its 问责案件办理 instance in the engine's
     * history; empty when no such case is known.
     */
    public Optional<String> countyOfCase(String caseNumber) {
        List<String> indexed = jdbc.queryForList(
                "SELECT tenant_id FROM staff_case WHERE case_number = :caseNumber",
                new MapSqlParameterSource("caseNumber", caseNumber),
                String.class);
        if (!indexed.isEmpty()) {
            return Optional.of(indexed.get(0));
        }
        List<HistoricProcessInstance> instances = WithoutCaller.read(
                identityService,
                () -> historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(ProcessKeys.ACCOUNTABILITY_CASE)
                        .list());
        return instances.stream().findFirst().map(i -> counties.countyOf(i.getTenantId()));
    }
}
