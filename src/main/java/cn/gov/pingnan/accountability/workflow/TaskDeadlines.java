package cn.gov.pingnan.accountability.workflow;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The due date of a human step, for the diagrams' {@code camunda:dueDate="${taskDeadlines.due('verifyLead')}"}:
 * the engine's now plus the step's configured period, at the end of that day in the county (the step is due
 * on that day, overdue from the next). Tasklist's 逾期任务 lists the tasks past it.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

    private final TaskDeadlineSettings settings;

    public TaskDeadlines(TaskDeadlineSettings settings) {
        this.settings = settings;
    }

    public Date due(String taskKey) {
        return dueFrom(ClockUtil.getCurrentTime(), taskKey);
    }

    Date dueFrom(Date now, String taskKey) {
        ZonedDateTime start = now.toInstant().atZone(WorkflowSettings.ZONE);
        ZonedDateTime endOfDay = start.toLocalDate()
                .plus(settings.of(taskKey))
                .plusDays(1)
                .atStartOfDay(WorkflowSettings.ZONE)
                .minusSeconds(1);
        return Date.from(endOfDay.toInstant());
    }
}
