package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A step with an outside effect (a letter, a notice, a register write) failed. Its message is what Cockpit shows
 * as the incident once the job's retries are used up: {@code "<English> / <中文>：<cause>"} — English for the
 * operators' logs, Chinese for the staff, then what went wrong underneath.
 */
public class StepFailedException extends ProcessEngineException {

    /** The engine keeps 666 characters of a job's exception message; the cause gets what the step leaves. */
    static final int MAX_MESSAGE = 660;

    public StepFailedException(String messageEn, String messageZh, Throwable cause) {
        super(message(messageEn, messageZh, cause), cause);
    }

    static String message(String messageEn, String messageZh, Throwable cause) {
        String step = messageEn + " / " + messageZh;
        if (cause == null) {
            return step;
        }
        String reason = reason(cause);
        int room = MAX_MESSAGE - step.length() - 1;
        if (reason.length() > room) {
            reason = reason.substring(0, Math.max(0, room - 1)) + "…";
        }
        return step + "：" + reason;
    }

    /** The first line of the cause; a rule violation in Chinese first, as staff read it. */
    static String reason(Throwable cause) {
        if (cause instanceof RuleViolationException v) {
            return v.messageZh() + " (" + v.field() + ": " + v.messageEn() + ")";
        }
        String text = cause.getMessage();
        if (text == null || text.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
