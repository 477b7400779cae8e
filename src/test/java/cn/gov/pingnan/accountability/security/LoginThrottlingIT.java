package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing is throttled by the engine for every login path (REST Basic, our /api,
 * webapps): a wrong password locks the account for a growing delay; ten in a row lock it until an
 * admin unlocks it. Uses its own user so that the demo users stay usable.
 */
@SecurityIntegrationTest
class LoginThrottlingIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void engineThrottlingSettings_areOn() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(10);
        assertThat(configuration.getLoginDelayBase()).isEqualTo(3);
        assertThat(configuration.getLoginDelayFactor()).isEqualTo(2);
        assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);
    }

    @Test
    void afterAWrongPassword_theRightOneIsRefusedWithinTheLockWindow_onEveryLoginPath() {
        String user = newUser("throttlea");
        // the engine's clock stands still, so a slow machine cannot outlast the 3 s lock
        Date start = new Date();
        ClockUtil.setCurrentTime(start);
        try {
            refusedWithinLockThenAccepted(user, start);
        } finally {
            ClockUtil.reset();
        }
    }

    private void refusedWithinLockThenAccepted(String user, Date start) {

        assertThat(ServerClient.basic(port, user, "wrong")
                        .get("/engine-rest/user/" + user + "/profile")
                        .status())
                .isEqualTo(401);
        assertThat(ServerClient.basic(port, user, "Correct-1")
                        .get("/engine-rest/user/" + user + "/profile")
                        .status())
                .isEqualTo(401);
        assertThat(ServerClient.basic(port, user, "Correct-1").get("/api/me").status())
                .isEqualTo(401);
        ServerClient webapp = ServerClient.anonymous(port);
        webapp.fetchCsrfToken();
        assertThat(webapp.send(
                                "POST",
                                "/camunda/api/admin/auth/user/default/login/tasklist",
                                "username=" + user + "&password=Correct-1",
                                "application/x-www-form-urlencoded")
                        .status())
                .isEqualTo(401);

        ClockUtil.setCurrentTime(new Date(start.getTime() + 3_500)); // the first lock lasts loginDelayBase = 3 s

        assertThat(ServerClient.basic(port, user, "Correct-1")
                        .get("/engine-rest/user/" + user + "/profile")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void tenWrongPasswords_lockTheAccountUntilAnAdminUnlocksIt() {
        String user = newUser("throttleb");
        IdentityService identity = engine.getIdentityService();
        long now = System.currentTimeMillis();
        try {
            for (int attempt = 1; attempt <= 10; attempt++) {
                ClockUtil.setCurrentTime(new Date(now + attempt * 120_000L)); // each attempt after the previous lock
                assertThat(identity.checkPassword(user, "wrong-" + attempt)).isFalse();
            }
            ClockUtil.setCurrentTime(new Date(now + 86_400_000L));
            assertThat(identity.checkPassword(user, "Correct-1"))
                    .as("a day later, still locked")
                    .isFalse();
        } finally {
            ClockUtil.reset();
        }
        identity.unlockUser(user);
        assertThat(identity.checkPassword(user, "Correct-1")).isTrue();
    }

    private String newUser(String prefix) {
        String id = prefix + Long.toString(System.nanoTime(), 36); // user ids: letters and digits only
        IdentityService identity = engine.getIdentityService();
        identity.clearAuthentication();
        User user = identity.newUser(id);
        user.setFirstName("测试");
        user.setLastName("锁定");
        user.setPassword("Correct-1");
        identity.saveUser(user);
        identity.createMembership(id, "investigators");
        return id;
    }
}
