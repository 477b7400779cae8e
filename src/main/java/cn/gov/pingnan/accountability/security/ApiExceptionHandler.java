package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.operations.StorageFailure;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Our API answers errors as {@code {"error": ..., "field": ...}}: never a stack trace or class name. */
@RestControllerAdvice(basePackages = "cn.gov.pingnan.accountability")
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiStatusException.class)
    public ResponseEntity<Map<String, String>> status(ApiStatusException e) {
        return body(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(ApiBadRequestException.class)
    public ResponseEntity<Map<String, String>> badRequest(ApiBadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(), e.getField());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                "Missing required parameter '" + e.getParameterName() + "'",
                e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "Invalid value for parameter '" + e.getName() + "'", e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        LOG.info("Unreadable /api request body: {}", e.getMostSpecificCause().getMessage());
        return body(HttpStatus.BAD_REQUEST, "Request body is not valid JSON of the expected shape", jsonField(e));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<Map<String, String>> invalid(MethodArgumentNotValidException e) {
        FieldError error = e.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        return body(HttpStatus.BAD_REQUEST, "Invalid value" + (field == null ? "" : " for '" + field + "'"), field);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " not allowed", null);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, String>> unexpected(Exception e) {
        if (StorageFailure.causes(e)) {
            LOG.error("Storage unavailable in /api: the database cannot write to its data directory");
            return body(HttpStatus.SERVICE_UNAVAILABLE, StorageFailure.MESSAGE, null);
        }
        LOG.error("Unexpected error in /api", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; see the server log", null);
    }

    /** The JSON path of the offending value ({@code respondent.birthDate}), never a Java type name. */
    private static String jsonField(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JsonMappingException mapping)
                || mapping.getPath().isEmpty()) {
            return null;
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static ResponseEntity<Map<String, String>> body(HttpStatus status, String error, String field) {
        return ResponseEntity.status(status).body(ApiErrors.body(error, field));
    }
}
