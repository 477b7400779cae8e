package cn.gov.pingnan.accountability.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A caller of the running server as the ITs need it: HTTP Basic for {@code /engine-rest} and
 * {@code /api}, or a webapp session (cookie + CSRF token) for {@code /camunda}.
 */
final class ServerClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String basicAuthorization;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    private ServerClient(int port, String user, String password) {
        this.port = port;
        this.basicAuthorization = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static ServerClient anonymous(int port) {
        return new ServerClient(port, null, null);
    }

    static ServerClient basic(int port, String user, String password) {
        return new ServerClient(port, user, password);
    }

    /** A demo user over HTTP Basic (password {@code demo}). */
    static ServerClient as(int port, String user) {
        return basic(port, user, "demo");
    }

    /** Opens a webapp session: fetches the CSRF cookie, then logs in to {@code app} (tasklist, cockpit, admin). */
    static ServerClient webappLogin(int port, String user, String app) {
        ServerClient client = anonymous(port);
        client.fetchCsrfToken();
        client.lastLogin = client.send(
                "POST",
                "/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + encode(user) + "&password=demo",
                "application/x-www-form-urlencoded");
        client.fetchCsrfToken(); // the session id changes at login, and with it the token
        return client;
    }

    Reply lastLogin;

    void fetchCsrfToken() {
        Reply page = get("/camunda/app/tasklist/default/");
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElse(cookie("XSRF-TOKEN"));
        if (token != null) {
            extraHeaders.put("X-XSRF-TOKEN", token);
        }
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    ServerClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply get(String path, Map<String, String> query) {
        return get(path + "?" + query(query));
    }

    Reply post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    Reply post(String path, Object body) {
        return post(path, write(body));
    }

    Reply put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    Reply put(String path, Object body) {
        return put(path, write(body));
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", extraHeaders.getOrDefault("Accept", "application/json"))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (basicAuthorization != null) {
            request.header("Authorization", basicAuthorization);
        }
        extraHeaders.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        try {
            var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One HTTP answer. */
    record Reply(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (status " + status + "): " + body, e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        List<String> allHeaders(String name) {
            return headers.allValues(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
