package cn.gov.pingnan.accountability.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 2: the default profile seeds users, groups, rights and filters — and seeding twice changes nothing. */
class IdentitySeederIT extends AbstractWebAppIT {

    @Autowired
    IdentitySeeder seeder;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Test
    void everyDemoUserExistsWithChineseNameInItsGroup() {
        for (DemoUser demo : DemoUser.ALL) {
            User user = identityService.createUserQuery().userId(demo.id()).singleResult();
            assertThat(user).as(demo.id()).isNotNull();
            assertThat(user.getFirstName()).isEqualTo(demo.firstName()).matches("\\p{IsHan}+");
            assertThat(identityService.checkPassword(demo.id(), "demo")).isTrue();
            assertThat(identityService.createGroupQuery().groupMember(demo.id()).list())
                    .extracting(g -> g.getId())
                    .containsExactly(demo.group().id());
        }
        assertThat(identityService.createGroupQuery().groupMember("admin").list())
                .extracting(g -> g.getId())
                .contains(StaffGroup.ADMIN_GROUP);
    }

    @Test
    void onlyIntakeMayStartCases() {
        for (StaffGroup group : StaffGroup.values()) {
            boolean mayStart = authorizationService.isUserAuthorized(
                    userOf(group),
                    List.of(group.id()),
                    ProcessDefinitionPermissions.CREATE_INSTANCE,
                    Resources.PROCESS_DEFINITION,
                    "accountability-case");
            assertThat(mayStart).as(group.id()).isEqualTo(group == StaffGroup.INTAKE);
            assertThat(authorizationService.isUserAuthorized(
                            userOf(group), List.of(group.id()), Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
                    .isTrue();
            assertThat(authorizationService.isUserAuthorized(
                            userOf(group), List.of(group.id()), Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                    .isFalse();
            assertThat(authorizationService.isUserAuthorized(
                            userOf(group), List.of(group.id()), Permissions.CREATE, Resources.DEPLOYMENT, null))
                    .isFalse();
        }
    }

    /** Issue 14: one tenant per county; each county's demo staff in its tenant, the prefecture reader in all. */
    @Test
    void everyCountyIsATenant_andItsStaffAreItsMembers() {
        assertThat(identityService
                        .createTenantQuery()
                        .tenantId("pingnan")
                        .singleResult()
                        .getName())
                .isEqualTo("平南县");
        assertThat(identityService
                        .createTenantQuery()
                        .tenantId("gangnan")
                        .singleResult()
                        .getName())
                .isEqualTo("港南区");
        for (DemoUser demo : DemoUser.ALL) {
            assertThat(tenantsOf(demo.id())).as(demo.id()).containsExactly("pingnan");
        }
        for (DemoUser demo : DemoUser.SECOND_COUNTY_STAFF) {
            assertThat(tenantsOf(demo.id())).as(demo.id()).containsExactly("gangnan");
            assertThat(identityService.createGroupQuery().groupMember(demo.id()).list())
                    .extracting(g -> g.getId())
                    .containsExactly(demo.group().id());
        }
        assertThat(tenantsOf(DemoUser.PREFECTURE_READER)).containsExactlyInAnyOrder("pingnan", "gangnan");
        assertThat(identityService
                        .createGroupQuery()
                        .groupId(StaffGroup.PREFECTURE_READERS_GROUP)
                        .singleResult()
                        .getName())
                .isEqualTo("市级只读");
    }

    @Test
    void thePrefectureReaderReadsEverything_andWorksOnNothing() {
        List<String> groups = List.of(StaffGroup.PREFECTURE_READERS_GROUP);
        String reader = DemoUser.PREFECTURE_READER;
        assertThat(authorizationService.isUserAuthorized(
                        reader,
                        groups,
                        ProcessDefinitionPermissions.READ_HISTORY,
                        Resources.PROCESS_DEFINITION,
                        "accountability-case"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized(
                        reader, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
                .isTrue();
        assertThat(authorizationService.isUserAuthorized(
                        reader,
                        groups,
                        ProcessDefinitionPermissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        "accountability-case"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(
                        reader, groups, Permissions.CREATE, Resources.PROCESS_INSTANCE, null))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(reader, groups, Permissions.UPDATE, Resources.TASK, "*"))
                .isFalse();
        assertThat(authorizationService.isUserAuthorized(
                        reader,
                        groups,
                        ProcessDefinitionPermissions.TASK_WORK,
                        Resources.PROCESS_DEFINITION,
                        "accountability-case"))
                .isFalse();
    }

    private List<String> tenantsOf(String userId) {
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(t -> t.getId())
                .toList();
    }

    private static String userOf(StaffGroup group) {
        return DemoUser.ALL.stream()
                .filter(u -> u.group() == group)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void chineseFiltersExist() {
        assertThat(filterService.createFilterQuery().list())
                .extracting(Filter::getName)
                .contains(
                        IdentitySeeder.FILTER_MY_TASKS,
                        IdentitySeeder.FILTER_GROUP_TASKS,
                        IdentitySeeder.FILTER_OVERDUE);
    }

    @Test
    void filtersShowTheTaskLabelColumn_oldUnreadableColumnsAreReplaced_editedColumnsKept() {
        assertThat(columns(IdentitySeeder.FILTER_GROUP_TASKS)).isEqualTo(TaskListColumns.VARIABLES);
        List<Map<String, String>> edited = List.of(Map.of("name", "taskListLabel", "label", "本案"));
        setColumns(
                IdentitySeeder.FILTER_MY_TASKS, TaskListColumns.UNREADABLE_BEFORE); // as seeded by an earlier version
        setColumns(IdentitySeeder.FILTER_OVERDUE, edited); // as a manager changed it in Tasklist
        try {
            seeder.seed();

            assertThat(columns(IdentitySeeder.FILTER_MY_TASKS)).isEqualTo(TaskListColumns.VARIABLES);
            assertThat(columns(IdentitySeeder.FILTER_OVERDUE)).isEqualTo(edited);
        } finally {
            setColumns(IdentitySeeder.FILTER_OVERDUE, TaskListColumns.VARIABLES);
        }
    }

    private Object columns(String filterName) {
        return filterService
                .createFilterQuery()
                .filterName(filterName)
                .singleResult()
                .getProperties()
                .get("variables");
    }

    private void setColumns(String filterName, Object columns) {
        Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
        Map<String, Object> properties = new HashMap<>(filter.getProperties());
        properties.put("variables", columns);
        filterService.saveFilter(filter.setProperties(properties));
    }

    @Test
    void seedingTwiceCreatesNoDuplicates() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        seeder.seed();
        seeder.seed();

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(filterService
                        .createFilterQuery()
                        .filterName(IdentitySeeder.FILTER_MY_TASKS)
                        .count())
                .isEqualTo(1);
    }
}
