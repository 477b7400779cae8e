package cn.gov.pingnan.accountability.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The JAX-RS exception mappers of {@link EngineRestErrors}, for {@code /engine-rest}
 * ({@link EngineRestConfiguration}) and the webapps' engine API that the Tasklist calls
 * ({@link EngineRestErrorDiscovery}). They take only the exceptions {@link EngineRestErrors} knows
 * and leave all others to Camunda's own mappers, which they precede by priority.
 */
public class EngineRestErrorFeature implements Feature {

    /** Lower than Jersey's default 5000: ahead of Camunda's mappers for the same exception types. */
    static final int BEFORE_CAMUNDA = 1000;

    @Override
    public boolean configure(FeatureContext context) {
        context.register(Engine.class, BEFORE_CAMUNDA);
        context.register(Wrapped.class, BEFORE_CAMUNDA);
        context.register(UnreadableJson.class, BEFORE_CAMUNDA);
        context.register(WrongShapeJson.class, BEFORE_CAMUNDA);
        return true;
    }

    /** The engine's exception as thrown (claim, submit-form, start). */
    @Priority(BEFORE_CAMUNDA)
    public static class Engine implements ExtendedExceptionMapper<ProcessEngineException> {
        @Context
        HttpHeaders headers;

        @Override
        public boolean isMappable(ProcessEngineException e) {
            return EngineRestErrors.refusal(e).isPresent();
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return EngineRestErrors.response(EngineRestErrors.refusal(e).orElseThrow(), headers);
        }
    }

    /** A body that is not JSON: Camunda answers 400 with an empty message. */
    @Priority(BEFORE_CAMUNDA)
    public static class UnreadableJson implements ExceptionMapper<JsonParseException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonParseException e) {
            return EngineRestErrors.response(EngineRestErrors.refusal(e).orElseThrow(), headers);
        }
    }

    /** JSON of the wrong shape (a list where the variables belong): 400 naming the JSON path. */
    @Priority(BEFORE_CAMUNDA)
    public static class WrongShapeJson implements ExceptionMapper<JsonMappingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonMappingException e) {
            return EngineRestErrors.response(EngineRestErrors.refusal(e).orElseThrow(), headers);
        }
    }

    /** Camunda's resources (task complete, process start) wrap the engine's exception in a RestException 500. */
    @Priority(BEFORE_CAMUNDA)
    public static class Wrapped implements ExtendedExceptionMapper<RestException> {
        @Context
        HttpHeaders headers;

        @Override
        public boolean isMappable(RestException e) {
            return e.getStatus() == Response.Status.INTERNAL_SERVER_ERROR
                    && EngineRestErrors.refusal(e).isPresent();
        }

        @Override
        public Response toResponse(RestException e) {
            return EngineRestErrors.response(EngineRestErrors.refusal(e).orElseThrow(), headers);
        }
    }
}
