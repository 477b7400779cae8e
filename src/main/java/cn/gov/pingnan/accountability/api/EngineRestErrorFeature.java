package cn.gov.pingnan.accountability.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * The JAX-RS exception mappers of {@link EngineRestErrors}, for {@code /engine-rest}
 * ({@link EngineRestConfiguration}) and the webapps' engine API that the Tasklist calls
 * ({@link EngineRestErrorDiscovery}). They take only the exceptions {@link EngineRestErrors} knows
 * and leave all others to Camunda's own mappers of the same types, which they precede by priority.
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

    /** Answers an exception that {@link EngineRestErrors} knows; Jersey reads the type from the subclass. */
    abstract static class RefusalMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo request;

        @Override
        public boolean isMappable(E e) {
            return refusal(e).isPresent();
        }

        @Override
        public Response toResponse(E e) {
            return EngineRestErrors.response(refusal(e).orElseThrow(), headers);
        }

        private Optional<EngineRestErrors.Refusal> refusal(E e) {
            Optional<EngineRestErrors.Refusal> known = EngineRestErrors.refusal(e);
            return known.isPresent() ? known : EngineRestErrors.taskGone(request.getPath());
        }
    }

    /** The engine's exception as thrown (claim, submit-form, start, a refusing listener). */
    @Priority(BEFORE_CAMUNDA)
    public static class Engine extends RefusalMapper<ProcessEngineException> {}

    /** A body that is not JSON: Camunda answers 400 with an empty message. */
    @Priority(BEFORE_CAMUNDA)
    public static class UnreadableJson extends RefusalMapper<JsonParseException> {}

    /** JSON of the wrong shape: 400 naming the JSON path. */
    @Priority(BEFORE_CAMUNDA)
    public static class WrongShapeJson extends RefusalMapper<JsonMappingException> {}

    /** Camunda's resources (task complete, process start) wrap the engine's exception in a RestException 500. */
    @Priority(BEFORE_CAMUNDA)
    public static class Wrapped extends RefusalMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return e.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && super.isMappable(e);
        }
    }
}
