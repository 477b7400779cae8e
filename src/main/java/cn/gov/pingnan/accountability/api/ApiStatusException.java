package cn.gov.pingnan.accountability.api;

import org.springframework.http.HttpStatus;

/** An API refusal with its status (404 unknown, 403 not this caller's case, 409 conflict) and English message. */
public class ApiStatusException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    public ApiStatusException(HttpStatus status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
