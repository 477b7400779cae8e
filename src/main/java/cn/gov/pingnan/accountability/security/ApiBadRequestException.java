package cn.gov.pingnan.accountability.security;

/** Bad input to our API: answered 400 with {@code {"error": message, "field": field}}. */
public class ApiBadRequestException extends RuntimeException {

    private final String field;

    public ApiBadRequestException(String message, String field) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
