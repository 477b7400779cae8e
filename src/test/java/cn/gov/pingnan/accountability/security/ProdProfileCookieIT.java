package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Under the {@code prod} profile every cookie of the webapps carries {@code Secure}: the session
 * cookie (Tomcat, server.servlet.session.cookie.secure) and the CSRF cookie (Camunda). The
 * production settings come from test properties standing in for the environment.
 */
@ActiveProfiles("prod")
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "ACCOUNTABILITY_ADMIN_USER=operator",
            "ACCOUNTABILITY_ADMIN_PASSWORD=Prod-Test-Only-1",
            "ACCOUNTABILITY_DB_URL=jdbc:h2:mem:sec-prod-${random.uuid};DB_CLOSE_DELAY=-1",
            "ACCOUNTABILITY_DB_USER=sa",
            "ACCOUNTABILITY_DB_PASSWORD=prod-test-only",
            "camunda.bpm.job-execution.enabled=false"
        })
class ProdProfileCookieIT {

    @LocalServerPort
    int port;

    @Test
    void sessionAndCsrfCookies_areSecure_httpOnlyAndSameSite() {
        ServerClient.Reply page = ServerClient.anonymous(port).get("/camunda/app/tasklist/default/");
        List<String> cookies = page.allHeaders("Set-Cookie");

        String session = cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        String csrf = cookies.stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
        assertThat(session)
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(session.toLowerCase().split("secure", -1))
                .as("one Secure flag")
                .hasSize(2);
        assertThat(csrf).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void demoUsersDoNotExist_andTheAdminComesFromTheEnvironment() {
        assertThat(ServerClient.as(port, "diaocha")
                        .get("/engine-rest/user/diaocha/profile")
                        .status())
                .isEqualTo(401);
        assertThat(ServerClient.basic(port, "operator", "Prod-Test-Only-1")
                        .get("/engine-rest/user/operator/profile")
                        .status())
                .isEqualTo(200);
    }
}
