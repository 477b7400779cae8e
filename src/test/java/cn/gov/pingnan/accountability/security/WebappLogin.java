package cn.gov.pingnan.accountability.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Logs in to a Camunda webapp the way the browser does: XSRF cookie first, then the login form. */
public final class WebappLogin {

    private final TestRestTemplate rest;

    public WebappLogin(TestRestTemplate rest) {
        this.rest = rest;
    }

    public HttpStatusCode login(String userId, String password, String app) {
        return session(userId, password, app).status();
    }

    /** Logs in and returns the {@code Cookie} header value of the logged-in session (Camunda renews the id). */
    public String sessionCookie(String userId, String password, String app) {
        Session login = session(userId, password, app);
        if (!login.status().is2xxSuccessful()) {
            throw new IllegalStateException("Login of " + userId + " failed: " + login.status());
        }
        return java.util.Arrays.stream(login.cookieHeader().split("; "))
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    /** The login's answer and the cookies a browser would then send (session and XSRF token). */
    public record Session(HttpStatusCode status, String cookieHeader) {}

    public Session session(String userId, String password, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        Map<String, String> cookies = new LinkedHashMap<>();
        remember(page.getHeaders().get(HttpHeaders.SET_COOKIE), cookies);
        String xsrf = Optional.ofNullable(cookies.get("XSRF-TOKEN")).orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
        headers.add("X-XSRF-TOKEN", xsrf);
        String form = "username=" + userId + "&password=" + password;
        ResponseEntity<String> answer = rest.exchange(
                "/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
        remember(answer.getHeaders().get(HttpHeaders.SET_COOKIE), cookies);
        return new Session(answer.getStatusCode(), cookieHeader(cookies));
    }

    private static void remember(List<String> setCookies, Map<String, String> cookies) {
        if (setCookies != null) {
            for (String c : setCookies) {
                String[] pair = c.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return String.join(
                "; ",
                cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }
}
