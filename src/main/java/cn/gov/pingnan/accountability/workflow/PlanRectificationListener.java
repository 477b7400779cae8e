package cn.gov.pingnan.accountability.workflow;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing 下达整改通知: the deadline must lie ahead; sets the reminder time
 * (configurable days before, 00:00 Asia/Shanghai) and the overdue time (00:00 of the day after the deadline).
 */
@Component("planRectification")
public class PlanRectificationListener implements TaskListener {

    private final WorkflowSettings settings;

    public PlanRectificationListener(WorkflowSettings settings) {
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            LocalDate deadline = JsonVariables.date(
                    task.getVariable(CaseVariables.RECTIFICATION_DEADLINE), "rectificationDeadline", "整改期限");
            LocalDate today = CountyCalendar.today();
            if (deadline == null || !deadline.isAfter(today)) {
                throw new InvalidInputException(
                        "rectificationDeadline", "The rectification deadline must be after today", "整改期限须晚于今天");
            }
            Object requirements = task.getVariable(CaseVariables.RECTIFICATION_REQUIREMENTS);
            if (requirements == null || requirements.toString().isBlank()) {
                throw new InvalidInputException(
                        "rectificationRequirements", "Rectification requirements missing", "未填写整改要求");
            }
            LocalDate remind = deadline.minusDays(settings.rectificationReminderDays());
            task.setVariable(
                    CaseVariables.RECTIFICATION_REMIND_AT,
                    CountyCalendar.midnight(remind.isAfter(today) ? remind : today));
            task.setVariable(CaseVariables.RECTIFICATION_OVERDUE_AT, CountyCalendar.midnight(deadline.plusDays(1)));
        } catch (InvalidInputException e) {
            throw new TaskCompletionRefused(e);
        }
    }
}
