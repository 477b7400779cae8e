package cn.gov.pingnan.accountability.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any engine code runs, every task query that carries an expression: on
 * {@code /task}, {@code /task/count} and {@code /filter/{id}/list|count|singleResult} of the engine
 * REST API and of the webapps' engine API, for every user including admin, in the JSON body and
 * in query parameters. Answers 400 in the REST API's own error format. Saved filters keep their
 * expressions ({@code ${currentUser()}}): those are stored by an admin, not sent with the request.
 */
public class TaskQueryExpressionFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(TaskQueryExpressionFilter.class);

    /** Larger task queries are refused rather than buffered. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    // Any engine name prefix (/engine/{name}) and trailing slash allowed; matched on the decoded path.
    private static final Pattern TASK_QUERY_PATH =
            Pattern.compile("(?i)/(?:task(?:/count)?|filter/[^/]+/(?:list|count|singleresult))/?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTaskQuery(request)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Optional<String> field = TaskQueryExpressionDetector.inQueryString(request.getQueryString());
            if (field.isPresent()) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, expressionMessage(field.get()));
                return;
            }
            String encoding = request.getHeader("Content-Encoding");
            if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
                refuse(
                        request,
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "Encoded task query bodies are not accepted");
                return;
            }
            byte[] body = ReplayableBodyRequest.read(request.getInputStream(), MAX_BODY_BYTES);
            if (body == null) {
                refuse(
                        request,
                        response,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Task query body is too large");
                return;
            }
            if (!isBlank(body)) {
                field = TaskQueryExpressionDetector.inJson(body);
                if (field.isPresent()) {
                    refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, expressionMessage(field.get()));
                    return;
                }
            }
            chain.doFilter(new ReplayableBodyRequest(request, body), response);
        } catch (TaskQueryExpressionDetector.UnreadableQueryException unreadable) {
            refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, unreadable.getMessage());
        }
    }

    static boolean isTaskQuery(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return TASK_QUERY_PATH.matcher(path.replaceAll("/{2,}", "/")).find();
    }

    private static String expressionMessage(String field) {
        return "Expressions are not allowed in task queries (field " + field + ")";
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        EngineRestRefusal.send(LOG, "task query", request, response, status, message);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
