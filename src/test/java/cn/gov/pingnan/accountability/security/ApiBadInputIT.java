package cn.gov.pingnan.accountability.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input to our {@code /api} is answered with {@code {"error": ..., "field": ...}}: never a stack
 * trace, an exception or a Java type name. The typed endpoint is {@code ApiProbeController} of the
 * test configuration.
 */
@SecurityIntegrationTest
class ApiBadInputIT {

    private static final String ECHO = "/api/security-probe/echo";
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|jakarta\\.|javax\\.|org\\.spring|com\\.fasterxml|cn\\.gov|\\tat |\\.java:|"
                    + "LocalDate|ApiProbe|Echo\\b|trace",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Test
    void malformedJson_is400() {
        ServerClient.Reply reply = investigator().post(ECHO, "{\"name\": \"a\", ");

        assertClean(reply, 400);
    }

    @Test
    void wrongTypes_are400_namingTheField() {
        ServerClient.Reply number =
                investigator().post(ECHO, "{\"name\":\"a\",\"count\":\"many\",\"date\":\"2025-01-01\"}");
        ServerClient.Reply date = investigator().post(ECHO, "{\"name\":\"a\",\"count\":1,\"date\":\"yesterday\"}");
        ServerClient.Reply array = investigator().post(ECHO, "[1,2,3]");

        assertClean(number, 400);
        assertThat(number.json().get("field").asText()).isEqualTo("count");
        assertClean(date, 400);
        assertThat(date.json().get("field").asText()).isEqualTo("date");
        assertClean(array, 400);
    }

    @Test
    void invalidValue_is400_namingTheField() {
        ServerClient.Reply reply = investigator().post(ECHO, "{\"name\":\" \",\"count\":1}");

        assertClean(reply, 400);
        assertThat(reply.json().get("field").asText()).isEqualTo("name");
    }

    @Test
    void wrongParameterType_is400() {
        assertClean(investigator().get("/api/security-probe/count?n=abc"), 400);
        assertClean(investigator().get("/api/security-probe/count"), 400);
    }

    @Test
    void wrongContentTypeOrMethod_areAnsweredInOurFormat() {
        assertClean(investigator().send("POST", ECHO, "name=a", "text/plain"), 415);
        assertClean(investigator().get(ECHO), 405);
    }

    @Test
    void unknownPaths_are404Json() {
        for (String path : new String[] {"/api/no-such-thing", "/api/a/b/c.json", "/api/", "/api/me/extra"}) {
            ServerClient.Reply reply = investigator().get(path);
            assertClean(reply, 404);
            assertThat(reply.json().get("error").asText()).isEqualTo("No such endpoint");
        }
    }

    @Test
    void unauthenticatedAndForbidden_areCleanToo() {
        assertClean(ServerClient.anonymous(port).post(ECHO, "{"), 401);
        // never a wrong password for a demo user here: login throttling would lock it for the other tests
        assertClean(ServerClient.basic(port, "nosuchuser", "wrong").get("/api/me"), 401);
        assertClean(ServerClient.as(port, "shenli").post(ECHO, "{\"name\":\"a\",\"count\":1}"), 403);
    }

    @Test
    void goodInput_isAccepted() {
        ServerClient.Reply reply = investigator().post(ECHO, "{\"name\":\"甲\",\"count\":2,\"date\":\"2025-03-01\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void errors_areRfc9457Problems_withTheErrorAndFieldMembers() {
        ServerClient.Reply wrongType = investigator()
                .header("Accept", "application/problem+json")
                .post(ECHO, "{\"name\":\"a\",\"count\":\"many\"}");
        ServerClient.Reply anonymous =
                ServerClient.anonymous(port).header("Accept", "*/*").get("/api/me");
        ServerClient.Reply forbidden =
                ServerClient.as(port, "shenli").header("Accept", "*/*").post(ECHO, "{\"name\":\"a\",\"count\":1}");

        assertProblem(wrongType, 400, "Bad Request");
        assertThat(wrongType.json().get("field").asText()).isEqualTo("count");
        assertProblem(anonymous, 401, "Unauthorized");
        assertThat(anonymous.json().has("field")).isFalse();
        assertProblem(forbidden, 403, "Forbidden");
    }

    private static void assertProblem(ServerClient.Reply reply, int status, String title) {
        assertClean(reply, status, "application/problem+json");
        assertThat(reply.json().get("type").asText()).as(reply.toString()).isEqualTo("about:blank");
        assertThat(reply.json().get("title").asText()).as(reply.toString()).isEqualTo(title);
        assertThat(reply.json().get("status").asInt()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.json().get("instance").asText()).as(reply.toString()).startsWith("urn:uuid:");
        assertThat(reply.json().get("detail").asText())
                .as(reply.toString())
                .isEqualTo(reply.json().get("error").asText());
    }

    private ServerClient investigator() {
        return ServerClient.as(port, "diaocha");
    }

    private static void assertClean(ServerClient.Reply reply, int status) {
        assertClean(reply, status, "application/json");
    }

    private static void assertClean(ServerClient.Reply reply, int status, String contentType) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith(contentType);
        assertThat(reply.json().has("error")).as(reply.toString()).isTrue();
        assertThat(INTERNALS.matcher(reply.body()).find()).as(reply.toString()).isFalse();
    }
}
