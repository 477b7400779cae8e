package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.identity.DemoUser;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A staff user reads only the work of their group, never another user's account data, and never
 * gets into Cockpit or Admin. The case here is a review step: investigators have no task in it.
 */
@SecurityIntegrationTest
class StaffRightsIT {

    private static final List<String> STAFF =
            DemoUser.ALL.stream().map(DemoUser::id).toList();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    private Task reviewTask;

    @BeforeEach
    void startReviewCase() {
        TestProcesses.deploy(engine, TestProcesses.REVIEW, "reviewers");
        reviewTask = TestProcesses.startAndGetTask(engine, TestProcesses.REVIEW, Map.of("respondentName", "机密人员甲"));
    }

    @Test
    void investigator_cannotReadHistoryOrVariables_ofACaseWithoutInvestigatorTask() {
        String instance = reviewTask.getProcessInstanceId();
        ServerClient diaocha = ServerClient.as(port, "diaocha");

        assertEmptyOrForbidden(diaocha.get("/engine-rest/history/process-instance?processInstanceId=" + instance));
        assertEmptyOrForbidden(diaocha.get("/engine-rest/history/variable-instance?processInstanceId=" + instance));
        assertEmptyOrForbidden(diaocha.get("/engine-rest/history/task?processInstanceId=" + instance));
        assertEmptyOrForbidden(diaocha.get("/engine-rest/history/activity-instance?processInstanceId=" + instance));
        assertEmptyOrForbidden(diaocha.get("/engine-rest/process-instance?processInstanceIds=" + instance));
        assertEmptyOrForbidden(diaocha.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance));
        assertEmptyOrForbidden(diaocha.get("/engine-rest/task?processInstanceId=" + instance));
        assertThat(diaocha.get("/engine-rest/process-instance/" + instance + "/variables")
                        .status())
                .isIn(403, 404);
        assertThat(diaocha.get("/engine-rest/task/" + reviewTask.getId() + "/variables")
                        .status())
                .isIn(403, 404);
        assertThat(diaocha.get("/engine-rest/task/" + reviewTask.getId()).status())
                .isIn(403, 404);
        assertThat(diaocha.post("/engine-rest/task/" + reviewTask.getId() + "/claim", Map.of("userId", "diaocha"))
                        .status())
                .isEqualTo(403);
        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + instance,
                "/engine-rest/process-instance/" + instance + "/variables",
                "/engine-rest/task/" + reviewTask.getId() + "/variables")) {
            assertThat(diaocha.get(path).body()).as(path).doesNotContain("机密人员甲");
        }
    }

    @Test
    void reviewer_readsTheVariablesOfTheirOwnTask_soTheCheckAboveIsNotVacuous() {
        ServerClient shenli = ServerClient.as(port, "shenli");

        ServerClient.Reply variables = shenli.get("/engine-rest/task/" + reviewTask.getId() + "/variables");

        assertThat(variables.status()).isEqualTo(200);
        assertThat(variables.body()).contains("机密人员甲");
        // the admin sees the history, so it exists
        assertThat(ServerClient.as(port, "admin")
                        .get("/engine-rest/history/process-instance?processInstanceId="
                                + reviewTask.getProcessInstanceId())
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    void noResponse_containsAPasswordHashOrSalt() {
        Map<String, Object> row = jdbc.queryForMap("select PWD_, SALT_ from ACT_ID_USER where ID_ = ?", "diaocha");
        String hash = (String) row.get("PWD_");
        String salt = (String) row.get("SALT_");
        assertThat(hash).isNotBlank();

        ServerClient admin = ServerClient.as(port, "admin");
        ServerClient diaocha = ServerClient.as(port, "diaocha");
        ServerClient adminWebapp = ServerClient.webappLogin(port, "admin", "admin");
        List<ServerClient.Reply> replies = List.of(
                diaocha.get("/engine-rest/user/diaocha/profile"),
                diaocha.get("/engine-rest/user?id=diaocha"),
                diaocha.get("/engine-rest/user"),
                admin.get("/engine-rest/user/diaocha/profile"),
                admin.get("/engine-rest/user"),
                admin.get("/engine-rest/user?memberOfGroup=investigators"),
                admin.get("/engine-rest/identity/groups?userId=diaocha"),
                adminWebapp.get("/camunda/api/engine/engine/default/user/diaocha/profile"),
                adminWebapp.get("/camunda/api/admin/auth/user/default"),
                adminWebapp.get("/camunda/api/engine/engine/default/user?firstResult=0&maxResults=50"));
        for (ServerClient.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.body().toLowerCase()).as(reply.toString()).doesNotContain("password", "salt", "pwd");
            assertThat(reply.body()).doesNotContain(hash, salt);
        }
        assertThat(diaocha.get("/engine-rest/user/diaocha/profile")
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo("diaocha");
    }

    @Test
    void staff_cannotChangeOtherUsers_orTheirOwnGroups() {
        for (String user : STAFF) {
            String other = user.equals("shouli") ? "diaocha" : "shouli";
            ServerClient staff = ServerClient.as(port, user);
            Map<String, Object> profile =
                    Map.of("id", other, "firstName", "改", "lastName", "名", "email", "x@pingnan.invalid");

            // 404 where Camunda first looks the user up: other users are not even visible to staff
            assertThat(staff.put("/engine-rest/user/" + other + "/profile", profile)
                            .status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(staff.put(
                                    "/engine-rest/user/" + other + "/credentials",
                                    Map.of("password", "Hijacked-1", "authenticatedUserPassword", "demo"))
                            .status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(staff.delete("/engine-rest/user/" + other).status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(staff.get("/engine-rest/user/" + other + "/profile").status())
                    .as(user)
                    .isIn(403, 404);
            assertThat(staff.put("/engine-rest/group/camunda-admin/members/" + user, "{}")
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(staff.post(
                                    "/engine-rest/authorization/create",
                                    Map.of(
                                            "type",
                                            1,
                                            "permissions",
                                            List.of("ALL"),
                                            "userId",
                                            user,
                                            "resourceType",
                                            0,
                                            "resourceId",
                                            "*"))
                            .status())
                    .as(user)
                    .isEqualTo(403);
            // their own account: readable and updatable (password change), but not deletable
            // (OwnAccountAuthorizationProvider)
            assertThat(staff.delete("/engine-rest/user/" + user).status())
                    .as(user)
                    .isEqualTo(403);
            ServerClient.Reply own = staff.get("/engine-rest/user/" + user + "/profile");
            assertThat(own.status()).isEqualTo(200);
            assertThat(staff.put("/engine-rest/user/" + user + "/profile", own.body())
                            .status())
                    .as(user)
                    .isEqualTo(204);
            assertThat(staff.post(
                                    "/engine-rest/user/create",
                                    Map.of(
                                            "profile",
                                            Map.of("id", "intruder"),
                                            "credentials",
                                            Map.of("password", "Intruder-1")))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(engine.getIdentityService().checkPassword("shouli", "demo")).isTrue();
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userIdIn(STAFF.toArray(String[]::new))
                        .count())
                .isEqualTo(STAFF.size());
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("shouli")
                        .singleResult()
                        .getFirstName())
                .isEqualTo("张受理");
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .memberOfGroup("camunda-admin")
                        .list())
                .extracting(u -> u.getId())
                .containsExactly("admin");
    }

    @Test
    void adminAndCockpit_areClosedToStaff_tasklistIsOpen() {
        for (String user : STAFF) {
            assertThat(ServerClient.webappLogin(port, user, "admin").lastLogin.status())
                    .as(user + " admin")
                    .isEqualTo(403);
            assertThat(ServerClient.webappLogin(port, user, "cockpit").lastLogin.status())
                    .as(user + " cockpit")
                    .isEqualTo(403);
            ServerClient tasklist = ServerClient.webappLogin(port, user, "tasklist");
            assertThat(tasklist.lastLogin.status()).as(user + " tasklist").isEqualTo(200);
            assertThat(tasklist.lastLogin.json().get("authorizedApps").toString())
                    .doesNotContain("admin", "cockpit");
            // a Tasklist session does not open Cockpit's plugin API either (AppUserRequestAuthorizer)
            assertThat(tasklist.get(COCKPIT_STATISTICS).status()).as(user).isEqualTo(403);
            assertThat(tasklist.get("/camunda/api/cockpit/plugin/base/default/process-instance/count")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(ServerClient.webappLogin(port, "admin", "admin").lastLogin.status())
                .isEqualTo(200);
        ServerClient cockpit = ServerClient.webappLogin(port, "admin", "cockpit");
        assertThat(cockpit.lastLogin.status()).isEqualTo(200);
        assertThat(cockpit.get(COCKPIT_STATISTICS).status()).isEqualTo(200);
        assertThat(ServerClient.anonymous(port).get(COCKPIT_STATISTICS).status())
                .isEqualTo(401);
    }

    private static final String COCKPIT_STATISTICS =
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @Test
    void webappLogin_withoutCsrfToken_isRefused() {
        ServerClient.Reply reply = ServerClient.anonymous(port)
                .send(
                        "POST",
                        "/camunda/api/admin/auth/user/default/login/tasklist",
                        "username=diaocha&password=demo",
                        "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(403);
    }

    private static void assertEmptyOrForbidden(ServerClient.Reply reply) {
        if (reply.status() == 403) {
            return;
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().size()).as(reply.toString()).isZero();
    }
}
