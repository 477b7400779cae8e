package cn.gov.pingnan.accountability.workflow;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timing of the workflow, configurable in {@code application.yaml} under {@code pingnan.workflow}.
 *
 * @param employerReplyReminder: remind the current employer when no reply came within this ISO-8601 period
 * @param rectificationReminderDays: remind this many days before the rectification deadline
 */
@ConfigurationProperties(prefix = "pingnan.workflow")
public record WorkflowSettings(String employerReplyReminder, Integer rectificationReminderDays) {

    /** Dates of the measures are dates in the county: timers fire at 00:00 Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public WorkflowSettings {
        if (employerReplyReminder == null || employerReplyReminder.isBlank()) {
            employerReplyReminder = "P30D";
        }
        // fail at start-up, not in a timer job, when the setting is not an ISO-8601 period
        if (employerReplyReminder.contains("T")) {
            Duration.parse(employerReplyReminder);
        } else {
            Period.parse(employerReplyReminder);
        }
        if (rectificationReminderDays == null) {
            rectificationReminderDays = 7;
        }
        if (rectificationReminderDays < 1) {
            throw new IllegalArgumentException("pingnan.workflow.rectification-reminder-days must be at least 1");
        }
    }
}
