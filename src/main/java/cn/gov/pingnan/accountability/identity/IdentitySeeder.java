package cn.gov.pingnan.accountability.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gov.pingnan.accountability.staff.StaffGroup;
import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.County;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seeds groups, their authorizations and the Tasklist filters at every start, and the demo users
 * in the default (demo) profile. Every step checks before it creates, so running it again changes
 * nothing. Each group gets exactly what its work needs (see README, "Roles").
 *
 * <p>Counties (issue 14): one tenant per configured county, named by the county; the demo staff of the default
 * county are members of its tenant, the {@code gn-} staff of 港南区's. The prefecture readers' group is a member of
 * every county's tenant and may read everything, work on nothing. On the first start with tenants (a database of the
 * single-county application) every user who belongs to no tenant becomes a member of the default county's.
 */
@Component
public class IdentitySeeder implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySeeder.class);

    public static final String FILTER_MY_TASKS = "我的任务";
    public static final String FILTER_GROUP_TASKS = "我的组任务";
    public static final String FILTER_OVERDUE = "逾期任务";

    static final String ADMIN_GROUP_NAME = "系统管理员";
    static final String GROUP_TYPE_SYSTEM = "系统";
    static final String GROUP_TYPE_WORK = "业务";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final boolean demoEnabled;
    private final Counties counties;

    public IdentitySeeder(
            IdentityService identityService,
            AuthorizationService authorizationService,
            FilterService filterService,
            TaskService taskService,
            @Value("${pingnan.demo.enabled:false}") boolean demoEnabled,
            Counties counties) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.demoEnabled = demoEnabled;
        this.counties = counties;
    }

    /** Runs once the engine is built and before the web server accepts logins. */
    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    public void seed() {
        ensureTenants();
        for (StaffGroup group : StaffGroup.values()) {
            ensureGroup(group);
            grantWorkRights(group);
        }
        nameAdminGroup();
        ensurePrefectureReaders();
        if (demoEnabled) {
            String home = counties.defaultCounty().id();
            DemoUser.ALL.forEach(demo -> ensureDemoUser(demo, home));
            if (counties.byId(DemoUser.SECOND_COUNTY).isPresent()) {
                DemoUser.SECOND_COUNTY_STAFF.forEach(demo -> ensureDemoUser(demo, DemoUser.SECOND_COUNTY));
            }
            ensurePrefectureReaderUser();
        }
        ensureFilters();
        LOG.info("Identity seeding done (groups: {}, demo users: {})", StaffGroup.values().length, demoEnabled);
    }

    /** One tenant per county; on the first start with tenants, users of before join the default county. */
    private void ensureTenants() {
        boolean firstStartWithTenants = identityService.createTenantQuery().count() == 0;
        for (County county : counties.all()) {
            if (identityService.createTenantQuery().tenantId(county.id()).count() == 0) {
                Tenant tenant = identityService.newTenant(county.id());
                tenant.setName(county.nameZh());
                identityService.saveTenant(tenant);
                LOG.info(
                        "Created tenant '{}' ({}) for county prefix {}", county.id(), county.nameZh(), county.prefix());
            }
        }
        if (firstStartWithTenants) {
            joinDefaultCounty();
        }
    }

    /**
     * A single-county installation upgraded in place: its users (all of that county) become members of the default
     * county's tenant, so that they keep seeing their cases. Operators belong to no county (they see all).
     */
    private void joinDefaultCounty() {
        String home = counties.defaultCounty().id();
        int joined = 0;
        for (User user : identityService.createUserQuery().list()) {
            boolean operator = identityService
                            .createGroupQuery()
                            .groupMember(user.getId())
                            .groupId(StaffGroup.ADMIN_GROUP)
                            .count()
                    > 0;
            if (!operator && !belongsToATenant(user.getId())) {
                identityService.createTenantUserMembership(home, user.getId());
                joined++;
            }
        }
        if (joined > 0) {
            LOG.info("{} existing users without a county became members of tenant '{}'", joined, home);
        }
    }

    private boolean belongsToATenant(String userId) {
        return identityService
                        .createTenantQuery()
                        .userMember(userId)
                        .includingGroupsOfUser(true)
                        .count()
                > 0;
    }

    /** 市级只读: member of every county's tenant; reads definitions, instances, tasks and history, nothing more. */
    private void ensurePrefectureReaders() {
        String id = StaffGroup.PREFECTURE_READERS_GROUP;
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(StaffGroup.PREFECTURE_READERS_NAME);
            group.setType(GROUP_TYPE_WORK);
            identityService.saveGroup(group);
        }
        for (County county : counties.all()) {
            if (identityService
                            .createTenantQuery()
                            .groupMember(id)
                            .tenantId(county.id())
                            .count()
                    == 0) {
                identityService.createTenantGroupMembership(county.id(), id);
            }
        }
        grant(id, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(id, Resources.FILTER, "*", Permissions.READ);
        grant(id, Resources.GROUP, "*", Permissions.READ);
        grant(id, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(
                id,
                Resources.PROCESS_DEFINITION,
                "*",
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY);
        grant(id, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
        grant(id, Resources.TASK, "*", TaskPermissions.READ);
    }

    private void ensurePrefectureReaderUser() {
        String id = DemoUser.PREFECTURE_READER;
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName("贵港市纪委");
            user.setLastName("市级只读");
            user.setPassword(DemoUser.DEMO_PASSWORD);
            user.setEmail(id + "@pingnan.invalid");
            identityService.saveUser(user);
        }
        if (identityService
                        .createUserQuery()
                        .userId(id)
                        .memberOfGroup(StaffGroup.PREFECTURE_READERS_GROUP)
                        .count()
                == 0) {
            identityService.createMembership(id, StaffGroup.PREFECTURE_READERS_GROUP);
        }
    }

    private void ensureGroup(StaffGroup staffGroup) {
        if (identityService.createGroupQuery().groupId(staffGroup.id()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(staffGroup.id());
        group.setName(staffGroup.nameZh());
        group.setType(GROUP_TYPE_WORK);
        identityService.saveGroup(group);
    }

    /**
     * Admin shows group names and types as stored: the starter's "camunda BPM Administrators" / SYSTEM and the
     * staff groups' former type WORKFLOW become Chinese. Ids stay (they are the contract).
     */
    private void nameAdminGroup() {
        Group admin = identityService
                .createGroupQuery()
                .groupId(StaffGroup.ADMIN_GROUP)
                .singleResult();
        if (admin != null
                && (!ADMIN_GROUP_NAME.equals(admin.getName()) || !GROUP_TYPE_SYSTEM.equals(admin.getType()))) {
            admin.setName(ADMIN_GROUP_NAME);
            admin.setType(GROUP_TYPE_SYSTEM);
            identityService.saveGroup(admin);
        }
        for (StaffGroup staffGroup : StaffGroup.values()) {
            Group group =
                    identityService.createGroupQuery().groupId(staffGroup.id()).singleResult();
            if (group != null && !GROUP_TYPE_WORK.equals(group.getType())) {
                group.setType(GROUP_TYPE_WORK);
                identityService.saveGroup(group);
            }
        }
    }

    /** Tasklist access, seeded filters readable, our process definitions readable; start only for intake. */
    private void grantWorkRights(StaffGroup group) {
        grant(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group.id(), Resources.FILTER, "*", Permissions.READ);
        // Tasklist names a task's candidate groups (审批机关 乡镇党委, 县纪委监委领导) instead of showing their ids
        grant(group.id(), Resources.GROUP, "*", Permissions.READ);
        for (String key : ProcessKeys.ALL) {
            grant(group.id(), Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
        }
        if (group.startsCases()) {
            grant(
                    group.id(),
                    Resources.PROCESS_DEFINITION,
                    ProcessKeys.ACCOUNTABILITY_CASE,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            // the written appeals arrive where complaints do
            grant(
                    group.id(),
                    Resources.PROCESS_DEFINITION,
                    ProcessKeys.DECISION_APPEAL,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(group.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        Authorization authorization =
                existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        Arrays.stream(permissions).forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }

    private void ensureDemoUser(DemoUser demo, String tenantId) {
        if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setPassword(DemoUser.DEMO_PASSWORD);
            user.setEmail(demo.id() + "@pingnan.invalid");
            identityService.saveUser(user);
        }
        if (identityService
                        .createUserQuery()
                        .userId(demo.id())
                        .memberOfGroup(demo.group().id())
                        .count()
                == 0) {
            identityService.createMembership(demo.id(), demo.group().id());
        }
        if (identityService
                        .createTenantQuery()
                        .userMember(demo.id())
                        .tenantId(tenantId)
                        .count()
                == 0) {
            identityService.createTenantUserMembership(tenantId, demo.id());
        }
    }

    private void ensureFilters() {
        TaskQuery mine = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        ensureFilter(FILTER_MY_TASKS, mine, -10, "分配给我的待办任务");

        TaskQuery groups = taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned();
        ensureFilter(FILTER_GROUP_TASKS, groups, -5, "我所在组可认领的任务");

        TaskQuery overdue = taskService
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .dueBeforeExpression("${now()}");
        ensureFilter(FILTER_OVERDUE, overdue, 0, "已超过办理期限的任务");
    }

    private void ensureFilter(String name, TaskQuery query, int priority, String description) {
        List<Filter> existing =
                filterService.createFilterQuery().filterName(name).list();
        if (!existing.isEmpty()) {
            existing.forEach(this::updateColumns);
            return;
        }
        Filter filter = filterService
                .newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of(
                        "description",
                        description,
                        "priority",
                        priority,
                        "refresh",
                        true,
                        "showUndefinedVariable",
                        false,
                        "variables",
                        TaskListColumns.VARIABLES));
        filterService.saveFilter(filter);
    }

    /** A filter still showing the old, unreadable columns gets the new one; a filter someone edited is left alone. */
    private void updateColumns(Filter filter) {
        Map<String, Object> properties = filter.getProperties();
        if (properties != null && TaskListColumns.UNREADABLE_BEFORE.equals(properties.get("variables"))) {
            Map<String, Object> updated = new HashMap<>(properties);
            updated.put("variables", TaskListColumns.VARIABLES);
            filterService.saveFilter(filter.setProperties(updated));
            LOG.info("Tasklist filter '{}' now shows the column 案件 (task-local label)", filter.getName());
        }
    }
}
