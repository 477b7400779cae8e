package cn.gov.pingnan.accountability.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors that happen before a controller of ours is chosen (unknown path, wrong method, wrong
 * content type) are answered in our {@code /api} format too. {@link ApiExceptionHandler} cannot see
 * them: no handler of our package exists yet. Other paths keep Spring's default handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiRoutingErrorHandler {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    public ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Exception e) throws Exception {
        requireApi(request, e);
        return ApiExceptionHandler.body(HttpStatus.NOT_FOUND, "No such endpoint", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> method(HttpServletRequest request, HttpRequestMethodNotSupportedException e)
            throws Exception {
        requireApi(request, e);
        return ApiExceptionHandler.body(
                HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " not allowed", null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request, HttpMediaTypeNotSupportedException e)
            throws Exception {
        requireApi(request, e);
        return ApiExceptionHandler.body(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json", null);
    }

    /** Rethrowing hands the exception back to Spring's default resolvers (no log noise). */
    private static void requireApi(HttpServletRequest request, Exception e) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.equals("/api") || path.startsWith("/api/"))) {
            throw e;
        }
    }
}
