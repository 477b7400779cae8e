package cn.gov.pingnan.accountability.tenant;

import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import cn.gov.pingnan.accountability.statistics.StatisticsWriter;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Test data of two counties, made without the demo seeding of other branches: the tenants, users with tenant
 * memberships (ids of the contract, e.g. {@code gn-zuzhibu}), a prefecture reader, and per county a case run by the
 * engine in that tenant (a one-step stand-in for 问责案件办理, deployed for the tenant only, so the case index and the
 * statistics are written by our engine plugins from the execution's tenant), a respondent track holding a decision
 * PDF, and register rows. Every step is idempotent.
 */
final class CountyData {

    static final String PINGNAN = "pingnan";
    static final String GANGNAN = "gangnan";
    static final String PREFECTURE = CountyAccess.PREFECTURE_READERS;
    static final String GUIGANG = "guigang";
    /** A person with rows in both counties; the other county's row must never answer. */
    static final String SHARED_PERSON = "P2026T001";

    static final String PINGNAN_PERSON = "P2026T002";
    static final String GANGNAN_PERSON = "P2026T003";
    static final byte[] PDF = "%PDF-1.4 county probe".getBytes(StandardCharsets.US_ASCII);

    final String pingnanCase;
    final String gangnanCase;

    private CountyData(String pingnanCase, String gangnanCase) {
        this.pingnanCase = pingnanCase;
        this.gangnanCase = gangnanCase;
    }

    /** GN-… once case numbers carry the county's prefix, PN-… before (the number is unique either way). */
    static String number(String prefix, int sequence) {
        String candidate = prefix + "-2026-" + String.format("%04d", sequence);
        return CaseNumber.isValid(candidate) ? candidate : "PN-2026-" + String.format("%04d", sequence);
    }

    static CountyData create(
            IdentityService identity,
            AuthorizationService authorizations,
            RepositoryService repository,
            RuntimeService runtime,
            TaskService tasks,
            RestrictionRegister register,
            StatisticsWriter statistics) {
        tenant(identity, PINGNAN, "平南县");
        tenant(identity, GANGNAN, "港南区");
        for (String user : List.of("zuzhibu", "jiwei", "shenli")) {
            membership(identity, PINGNAN, user);
        }
        user(identity, "gn-zuzhibu", "港组织", "organization-dept", GANGNAN);
        user(identity, "gn-jiwei", "港纪委", "commission-leaders", GANGNAN);
        user(identity, "gn-shenli", "港审理", "reviewers", GANGNAN);
        if (identity.createGroupQuery().groupId(PREFECTURE).count() == 0) {
            Group group = identity.newGroup(PREFECTURE);
            group.setName("市级只读");
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        if (authorizations
                        .createAuthorizationQuery()
                        .groupIdIn(PREFECTURE)
                        .resourceType(Resources.APPLICATION)
                        .resourceId("tasklist")
                        .count()
                == 0) {
            Authorization access = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            access.setGroupId(PREFECTURE);
            access.setResource(Resources.APPLICATION);
            access.setResourceId("tasklist");
            access.addPermission(Permissions.ACCESS);
            authorizations.saveAuthorization(access);
        }
        for (String county : List.of(PINGNAN, GANGNAN)) {
            if (identity.createTenantQuery()
                            .tenantId(county)
                            .groupMember(PREFECTURE)
                            .count()
                    == 0) {
                identity.createTenantGroupMembership(county, PREFECTURE);
            }
        }
        user(identity, GUIGANG, "贵港市纪委", PREFECTURE, null);

        String pingnanCase = number("PN", 9701);
        String gangnanCase = number("GN", 9702);
        if (runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(pingnanCase)
                                .count()
                        == 0
                && tasks.createTaskQuery()
                                .processInstanceBusinessKey(pingnanCase)
                                .count()
                        == 0) {
            deploy(repository, PINGNAN);
            deploy(repository, GANGNAN);
            runCase(runtime, tasks, PINGNAN, pingnanCase, PINGNAN_PERSON, "屏一", "平南县交通运输局");
            runCase(runtime, tasks, GANGNAN, gangnanCase, GANGNAN_PERSON, "港一", "港南区教育局");
            LocalDate from = LocalDate.of(2026, 1, 1);
            LocalDate until = LocalDate.of(2027, 6, 1);
            register.record(
                    PINGNAN,
                    pingnanCase,
                    new RestrictedPerson(SHARED_PERSON, "共同", "平南县水利局"),
                    List.of(new RestrictionPeriod(RestrictionType.NO_PROMOTION, from, until, "R-12.2")),
                    "jiwei",
                    "问责决定");
            register.record(
                    PINGNAN,
                    pingnanCase,
                    new RestrictedPerson(PINGNAN_PERSON, "屏一", "平南县交通运输局"),
                    List.of(new RestrictionPeriod(RestrictionType.NO_PROMOTION, from, until, "R-12.2")),
                    "jiwei",
                    "问责决定");
            register.record(
                    GANGNAN,
                    gangnanCase,
                    new RestrictedPerson(SHARED_PERSON, "共同", "港南区水利局"),
                    List.of(new RestrictionPeriod(RestrictionType.AWARD_INELIGIBLE, from, until, "R-12.1")),
                    "gn-jiwei",
                    "问责决定");
            register.record(
                    GANGNAN,
                    gangnanCase,
                    new RestrictedPerson(GANGNAN_PERSON, "港一", "港南区教育局"),
                    List.of(new RestrictionPeriod(RestrictionType.NO_PROMOTION, from, until, "R-12.2")),
                    "gn-jiwei",
                    "问责决定");
            // statistics of 2019: one case in pingnan, two in gangnan, each decided
            LocalDate opened = LocalDate.of(2019, 5, 6);
            for (int i = 1; i <= 3; i++) {
                String county = i == 1 ? PINGNAN : GANGNAN;
                statistics.recordCase(new StatisticsWriter.CaseFacts(
                        "stat-" + i, null, "EDUCATION", List.of("5.1"), opened, null, county));
                statistics.recordRespondent(new StatisticsWriter.RespondentFacts(
                        "stat-track-" + i,
                        "stat-" + i,
                        "COUNTY",
                        "CRITICISM_EDUCATION",
                        null,
                        opened.plusDays(i),
                        county));
            }
            statistics.recordAppeal(new StatisticsWriter.AppealFacts("stat-appeal-1", opened, null, null, GANGNAN));
        }
        return new CountyData(pingnanCase, gangnanCase);
    }

    static void tenant(IdentityService identity, String id, String name) {
        if (identity.createTenantQuery().tenantId(id).count() == 0) {
            var tenant = identity.newTenant(id);
            tenant.setName(name);
            identity.saveTenant(tenant);
        }
    }

    static void membership(IdentityService identity, String tenant, String user) {
        if (identity.createTenantQuery().tenantId(tenant).userMember(user).count() == 0) {
            identity.createTenantUserMembership(tenant, user);
        }
    }

    static void user(IdentityService identity, String id, String name, String group, String tenant) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(name);
            user.setLastName(name);
            user.setPassword("demo");
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupMember(id).groupId(group).count() == 0) {
            identity.createMembership(id, group);
        }
        if (tenant != null) {
            membership(identity, tenant, id);
        }
    }

    private static void deploy(RepositoryService repository, String county) {
        BpmnModelInstance caseModel = Bpmn.createExecutableProcess(ProcessKeys.ACCOUNTABILITY_CASE)
                .name("问责案件办理（租户测试）")
                .startEvent()
                .userTask("countyProbeStep")
                .name("县别测试步骤")
                .camundaCandidateGroups("commission-leaders")
                .endEvent()
                .done();
        BpmnModelInstance trackModel = Bpmn.createExecutableProcess(ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                .name("对象问责处理（租户测试）")
                .startEvent()
                .userTask("countyProbeTrackStep")
                .name("县别测试步骤")
                .camundaCandidateGroups("commission-leaders")
                .endEvent()
                .done();
        repository
                .createDeployment()
                .name("county-probe-" + county)
                .tenantId(county)
                .addModelInstance("county-probe-case.bpmn", caseModel)
                .addModelInstance("county-probe-track.bpmn", trackModel)
                .deploy();
    }

    private static void runCase(
            RuntimeService runtime,
            TaskService tasks,
            String county,
            String number,
            String personId,
            String name,
            String unit) {
        String respondents = "[{\"personId\":\"" + personId + "\",\"name\":\"" + name + "\",\"unit\":\"" + unit
                + "\",\"managementLevel\":\"COUNTY\"}]";
        String caseId = runtime.createProcessInstanceByKey(ProcessKeys.ACCOUNTABILITY_CASE)
                .processDefinitionTenantId(county)
                .businessKey(number)
                .setVariables(Map.of(
                        "caseNumber",
                        number,
                        "workField",
                        "EDUCATION",
                        "grounds",
                        "[\"5.1\"]",
                        "respondents",
                        respondents))
                .execute()
                .getId();
        runtime.createProcessInstanceByKey(ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                .processDefinitionTenantId(county)
                .businessKey(number)
                .setVariables(Variables.createVariables()
                        .putValue("caseNumber", number)
                        .putValue("decisionPersonId", personId)
                        .putValue("approvingGroup", "commission-leaders")
                        .putValue(
                                "decisionDocument",
                                Variables.fileValue("问责决定书.pdf")
                                        .file(PDF)
                                        .mimeType("application/pdf")
                                        .create()))
                .execute();
        // completing the step indexes the case (CaseIndexPlugin) and ends it, from the execution's tenant
        tasks.complete(
                tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId());
    }
}
