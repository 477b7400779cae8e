package cn.gov.pingnan.accountability.api;

/** Bad input to our API: answered 400, a problem whose {@code error} is the message and {@code field} the field. */
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
