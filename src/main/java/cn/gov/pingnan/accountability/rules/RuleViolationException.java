package cn.gov.pingnan.accountability.rules;

/**
 * A rule of the measures was not met by the input. Carries the English message (logs, API),
 * the Chinese message shown to staff, and the name of the offending field.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageZh;

    public RuleViolationException(String field, String messageEn, String messageZh) {
        super(messageEn);
        this.field = field;
        this.messageZh = messageZh;
    }

    /** The offending input field, e.g. {@code "disciplines[0].type"}. */
    public String field() {
        return field;
    }

    public String messageEn() {
        return getMessage();
    }

    public String messageZh() {
        return messageZh;
    }
}
