package cn.gov.pingnan.accountability.api;

import cn.gov.pingnan.accountability.operations.StorageFailure;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Our API answers errors as RFC 9457 problems with the members {@code error} and {@code field}
 * ({@link ApiProblems}): never a stack trace or class name.
 */
@RestControllerAdvice(basePackages = "cn.gov.pingnan.accountability")
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiStatusException.class)
    public ResponseEntity<ProblemDetail> status(ApiStatusException e) {
        return body(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(ApiBadRequestException.class)
    public ResponseEntity<ProblemDetail> badRequest(ApiBadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), e.getField());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "Missing required parameter '" + e.getParameterName() + "'",
                e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "Invalid value for parameter '" + e.getName() + "'", e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        LOG.info("Unreadable /api request body: {}", e.getMostSpecificCause().getMessage());
        return body(HttpStatus.BAD_REQUEST, "Request body is not valid JSON of the expected shape", jsonField(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        FieldError error = e.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        return body(HttpStatus.BAD_REQUEST, "Invalid value" + (field == null ? "" : " for '" + field + "'"), field);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " not allowed", null);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (StorageFailure.causes(e)) {
            LOG.error("Storage unavailable in /api: the database cannot write to its data directory");
            return body(HttpStatus.SERVICE_UNAVAILABLE, StorageFailure.MESSAGE, null);
        }
        ResponseEntity<ProblemDetail> answer =
                body(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; see the server log", null);
        LOG.error("Unexpected error in /api, problem {}", answer.getBody().getInstance(), e);
        return answer;
    }

    private static String jsonField(HttpMessageNotReadableException e) {
        return e.getCause() instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
    }

    /** The JSON path of the offending value ({@code respondent.birthDate}), never a Java type name. */
    static String jsonPath(JsonMappingException mapping) {
        if (mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static ResponseEntity<ProblemDetail> body(HttpStatus status, String error, String field) {
        HttpServletRequest request =
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                        ? servlet.getRequest()
                        : null;
        return ResponseEntity.status(status)
                .contentType(ApiProblems.mediaType(request))
                .body(ApiProblems.problem(status, error, field));
    }
}
