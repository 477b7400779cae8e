package cn.gov.pingnan.accountability.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code {"error": ..., "field": ...}} body of our API; written directly by the servlet filters. */
final class ApiErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrors() {}

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"accountability\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required", null);
    }

    static void write(HttpServletResponse response, int status, String error, String field) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(error, field));
    }

    /** The one shape of an error body, for the filters here and for {@link ApiExceptionHandler}. */
    static Map<String, String> body(String error, String field) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}
