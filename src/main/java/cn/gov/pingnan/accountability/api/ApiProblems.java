package cn.gov.pingnan.accountability.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The one error body of our {@code /api}: an RFC 9457 problem ({@code type}, {@code title},
 * {@code status}, {@code detail}) that also carries the members {@code error} (= detail) and
 * {@code field} (the JSON name of the offending input, when there is one) which our docs promise.
 * Used by the servlet filters of {@code security/} and by {@link ApiExceptionHandler}.
 */
public final class ApiProblems {

    /** Flattens the problem's extra members next to {@code type}, {@code title}, … (Spring's mix-in). */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private ApiProblems() {}

    /**
     * {@code instance} names this occurrence ({@code urn:uuid:…}, also in the log line of an
     * internal error) instead of Spring's default, the request path.
     */
    public static ProblemDetail problem(HttpStatus status, String error, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error);
        problem.setInstance(URI.create("urn:uuid:" + UUID.randomUUID()));
        problem.setProperty("error", error);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /**
     * {@code application/problem+json}, except for a client that asks for {@code application/json}
     * and not for problems: it gets the same body as plain JSON, as it always did.
     */
    public static MediaType mediaType(HttpServletRequest request) {
        String accept = request == null ? null : request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_PROBLEM_JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_PROBLEM_JSON;
        }
        boolean problems = accepted.stream().anyMatch(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype);
        boolean json = accepted.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);
        return json && !problems ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
    }

    public static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"accountability\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required", null);
    }

    /** For servlet filters and interceptors, which answer before Spring MVC writes anything. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String error, String field)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(mediaType(request).toString());
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem(status, error, field));
    }
}
