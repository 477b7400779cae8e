package cn.gov.pingnan.accountability.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.gov.pingnan.accountability.staff.StaffGroup;
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
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
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

    public IdentitySeeder(
            IdentityService identityService,
            AuthorizationService authorizationService,
            FilterService filterService,
            TaskService taskService,
            @Value("${pingnan.demo.enabled:false}") boolean demoEnabled) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.demoEnabled = demoEnabled;
    }

    /** Runs once the engine is built and before the web server accepts logins. */
    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    public void seed() {
        for (StaffGroup group : StaffGroup.values()) {
            ensureGroup(group);
            grantWorkRights(group);
        }
        nameAdminGroup();
        if (demoEnabled) {
            DemoUser.ALL.forEach(this::ensureDemoUser);
        }
        ensureFilters();
        LOG.info("Identity seeding done (groups: {}, demo users: {})", StaffGroup.values().length, demoEnabled);
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

    private void ensureDemoUser(DemoUser demo) {
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
