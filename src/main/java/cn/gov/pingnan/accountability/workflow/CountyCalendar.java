package cn.gov.pingnan.accountability.workflow;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock ({@link ClockUtil}, which tests move) read as a date in the county: the dates of the
 * measures are dates in Asia/Shanghai, and their timers fire at 00:00 there.
 */
public final class CountyCalendar {

    private CountyCalendar() {}

    /** Today in the county, by the engine clock. */
    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkflowSettings.ZONE);
    }

    /** 00:00 Asia/Shanghai of the day, as a timer or due date. */
    public static Date midnight(LocalDate date) {
        return Date.from(date.atStartOfDay(WorkflowSettings.ZONE).toInstant());
    }

    /** The day of an instant in the county. */
    public static LocalDate dayOf(Date instant) {
        return instant.toInstant().atZone(WorkflowSettings.ZONE).toLocalDate();
    }
}
