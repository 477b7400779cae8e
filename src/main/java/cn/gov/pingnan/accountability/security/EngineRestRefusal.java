package cn.gov.pingnan.accountability.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * A request to the engine's REST API refused by one of our filters before the engine sees it: logged with the caller's
 * address and answered in the body the engine REST API gives its own refusals ({@code type}, {@code message}), so a
 * client (Tasklist, the Modeler) shows it like any other engine error.
 */
final class EngineRestRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineRestRefusal() {}

    /** {@code what} names the refused request in the log, e.g. "task query". */
    static void send(
            Logger log,
            String what,
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String message)
            throws IOException {
        log.warn(
                "Refused {} from {} on {} {}: {}",
                what,
                request.getRemoteAddr(),
                request.getMethod(),
                request.getRequestURI(),
                message);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", message);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
