package cn.gov.pingnan.accountability.security;

import java.util.List;
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
        return loginResponse(userId, password, app).getStatusCode();
    }

    /** Logs in and returns the {@code Cookie} header value of the logged-in session (Camunda renews the id). */
    public String sessionCookie(String userId, String password, String app) {
        ResponseEntity<String> login = loginResponse(userId, password, app);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("Login of " + userId + " failed: " + login.getStatusCode());
        }
        return login.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0])
                .findFirst()
                .orElseThrow();
    }

    private ResponseEntity<String> loginResponse(String userId, String password, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        String cookieHeader =
                String.join("; ", cookies.stream().map(c -> c.split(";", 2)[0]).toList());
        String xsrf = cookies.stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length()).split(";", 2)[0])
                .findFirst()
                .orElseThrow();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookieHeader);
        headers.add("X-XSRF-TOKEN", xsrf);
        String form = "username=" + userId + "&password=" + password;
        return rest.exchange(
                "/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
    }
}
