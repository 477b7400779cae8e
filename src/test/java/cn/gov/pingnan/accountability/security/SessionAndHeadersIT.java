package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** Webapp sessions (cookie flags, idle timeout) and the security headers of webapps and APIs. */
@SecurityIntegrationTest
class SessionAndHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    ServerProperties server;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void webappSessionCookie_isHttpOnlyAndSameSite_andNotSecureOutsideProd() {
        ServerClient tasklist = ServerClient.webappLogin(port, "diaocha", "tasklist");

        String session = sessionCookie(tasklist.lastLogin.allHeaders("Set-Cookie"));
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(session.toLowerCase()).doesNotContain("secure;").doesNotEndWith("secure");
        // exactly one SameSite attribute, although both Spring and Camunda's SessionCookieFilter may add one
        assertThat(session.toLowerCase().split("samesite", -1)).hasSize(2);
    }

    @Test
    void csrfCookie_isSameSite() {
        ServerClient.Reply page = ServerClient.anonymous(port).get("/camunda/app/tasklist/default/");

        String csrf = page.allHeaders("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
        assertThat(csrf).containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void loginChangesTheSessionId() {
        ServerClient client = ServerClient.anonymous(port);
        client.fetchCsrfToken();
        String before = client.cookie("JSESSIONID");

        client.send(
                "POST",
                "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=diaocha&password=demo",
                "application/x-www-form-urlencoded");

        assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void idleTimeout_isThirtyMinutes_byDefault() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        Context tomcatContext = (Context)
                ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        assertThat(tomcatContext.getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void logout_endsTheWebappSession() {
        ServerClient tasklist = ServerClient.webappLogin(port, "diaocha", "tasklist");
        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").status())
                .isEqualTo(200);

        assertThat(tasklist.send("POST", "/camunda/api/admin/auth/user/default/logout", "", "application/json")
                        .status())
                .isEqualTo(200);

        assertThat(tasklist.get("/camunda/api/engine/engine/default/task/count").status())
                .isEqualTo(401);
    }

    @Test
    void apis_sendNoSniffNoFramingNoCachingHeaders_alsoOnErrors() {
        List<ServerClient.Reply> replies = List.of(
                ServerClient.as(port, "diaocha").get("/api/me"),
                ServerClient.anonymous(port).get("/api/me"),
                ServerClient.as(port, "diaocha").get("/api/no-such-thing"),
                ServerClient.as(port, "diaocha").get("/engine-rest/user/diaocha/profile"),
                ServerClient.anonymous(port).get("/engine-rest/task"),
                ServerClient.as(port, "diaocha").post("/engine-rest/task", "{\"assigneeExpression\":\"${1}\"}"));
        for (ServerClient.Reply reply : replies) {
            assertThat(reply.header("X-Content-Type-Options"))
                    .as(reply.toString())
                    .isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).as(reply.toString()).isEqualTo("DENY");
            assertThat(reply.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void webapps_sendCamundaCspWithFrameDenial_andNoSniff() {
        ServerClient tasklist = ServerClient.webappLogin(port, "diaocha", "tasklist");
        List<ServerClient.Reply> replies = List.of(
                ServerClient.anonymous(port).get("/camunda/app/tasklist/default/"),
                ServerClient.anonymous(port).get("/camunda/app/admin/default/"),
                tasklist.lastLogin,
                tasklist.get("/camunda/api/engine/engine/default/task/count"));
        for (ServerClient.Reply reply : replies) {
            assertThat(reply.header("Content-Security-Policy"))
                    .as(reply.toString())
                    .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}
