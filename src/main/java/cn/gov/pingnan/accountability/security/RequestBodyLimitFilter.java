package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.api.ApiProblems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON request bodies over {@link #MAX_JSON_BYTES} with 413 before anything reads them
 * (issue 15: a 10 MB variable would otherwise be parsed and stored as a process variable). Tomcat
 * limits only form posts ({@code server.tomcat.max-http-form-post-size}), not JSON. A body without
 * {@code Content-Length} (chunked) is read up to the limit and handed on unchanged. Multipart
 * deployments are not JSON and not limited here.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final int MAX_JSON_BYTES = 1024 * 1024;
    private static final long MAX_DRAINED_BYTES = 32L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimitFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGE_EN = "Request body too large (over 1 MiB); nothing was saved";
    private static final String MESSAGE_ZH = "提交的内容过大（超过 1 MB），未保存任何内容。";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().contains("json")) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_JSON_BYTES) {
            refuse(request, response, length);
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = ReplayableBodyRequest.read(request.getInputStream(), MAX_JSON_BYTES);
        if (body == null) {
            refuse(request, response, length);
            return;
        }
        chain.doFilter(new ReplayableBodyRequest(request, body), response);
    }

    /**
     * Reads and drops the rest of a body up to {@link #MAX_DRAINED_BYTES} (nothing is kept), so the
     * client, still sending, reads our answer instead of a reset connection; beyond it the
     * connection is closed.
     */
    private static void drain(HttpServletRequest request, long length) throws IOException {
        if (length > MAX_DRAINED_BYTES) {
            return; // Tomcat closes the connection after its swallow limit
        }
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        var in = request.getInputStream();
        while (drained <= MAX_DRAINED_BYTES && (read = in.read(buffer)) != -1) {
            drained += read;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long length)
            throws IOException {
        LOG.warn(
                "Refused a JSON body of {} bytes from {} on {} {}",
                length < 0 ? "over " + MAX_JSON_BYTES : length,
                request.getRemoteAddr(),
                request.getMethod(),
                request.getRequestURI());
        drain(request, length);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ApiProblems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, MESSAGE_EN, null);
            return;
        }
        // Camunda's error shape; the Tasklist shows the message
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", MESSAGE_ZH + " " + MESSAGE_EN + ".");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
