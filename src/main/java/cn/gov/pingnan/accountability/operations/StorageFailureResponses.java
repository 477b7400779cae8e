package cn.gov.pingnan.accountability.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A full or failing data directory answers 503 with {@link StorageFailure#MESSAGE} (Tasklist shows it), never a 500:
 * in {@code /engine-rest} (Jersey mappers, ahead of Camunda's own for the same types) and for a failure in a servlet
 * filter (login check). {@code /api} answers it in its own shape (api/ApiExceptionHandler).
 */
@Configuration(proxyBeanMethods = false)
public class StorageFailureResponses {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFailureResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    ResourceConfigCustomizer storageFailureMappers() {
        return config ->
                config.register(ForRest.class).register(ForEngine.class).register(ForAny.class);
    }

    static String body(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", StorageFailure.MESSAGE);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Response response(Throwable error) {
        LOG.error("Storage unavailable: the database cannot write to its data directory ({})", rootMessage(error));
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body("StorageUnavailable"))
                .build();
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Camunda wraps some failures (starting a case) in a RestException. */
    @Priority(1)
    public static class ForRest implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException error) {
            return StorageFailure.causes(error);
        }

        @Override
        public Response toResponse(RestException error) {
            return response(error);
        }
    }

    @Priority(1)
    public static class ForEngine implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException error) {
            return StorageFailure.causes(error);
        }

        @Override
        public Response toResponse(ProcessEngineException error) {
            return response(error);
        }
    }

    @Priority(1)
    public static class ForAny implements ExtendedExceptionMapper<Throwable> {
        @Override
        public boolean isMappable(Throwable error) {
            return StorageFailure.causes(error);
        }

        @Override
        public Response toResponse(Throwable error) {
            return response(error);
        }
    }

    /** Outermost filter: a storage failure thrown by a filter (the API's login check reads users) is a 503 too. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class StorageFailureFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                if (!StorageFailure.causes(e) || response.isCommitted()) {
                    throw e;
                }
                LOG.error(
                        "Storage unavailable on {} {}: the database cannot write to its data directory ({})",
                        request.getMethod(),
                        request.getRequestURI(),
                        rootMessage(e));
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(body("StorageUnavailable").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
