package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {

    private final TaskDeadlines deadlines =
            new TaskDeadlines(new TaskDeadlineSettings(Period.ofDays(15), Map.of("verifyLead", Period.ofDays(30))));

    private static Date shanghai(LocalDateTime time) {
        return Date.from(time.atZone(WorkflowSettings.ZONE).toInstant());
    }

    @Test
    void namedStep_isDueAtTheEndOfItsLastDayInTheCounty() {
        Date due = deadlines.dueFrom(shanghai(LocalDateTime.of(2026, 3, 2, 9, 30)), "verifyLead");
        assertThat(due).isEqualTo(shanghai(LocalDateTime.of(2026, 4, 1, 23, 59, 59)));
    }

    @Test
    void stepNotNamed_takesTheStandardPeriod() {
        Date due = deadlines.dueFrom(shanghai(LocalDateTime.of(2026, 3, 2, 23, 50)), "stepAddedInModeler");
        assertThat(due).isEqualTo(shanghai(LocalDateTime.of(2026, 3, 17, 23, 59, 59)));
    }

    @Test
    void missingSettings_defaultToFifteenDays() {
        assertThat(new TaskDeadlineSettings(null, null).of("anything")).isEqualTo(Period.ofDays(15));
    }

    @Test
    void zeroOrNegativePeriod_isRefusedAtStartUp() {
        assertThatThrownBy(() -> new TaskDeadlineSettings(Period.ZERO, null))
                .hasMessageContaining("pingnan.task-deadlines.standard");
        assertThatThrownBy(() -> new TaskDeadlineSettings(null, Map.of("closeCase", Period.ofDays(-1))))
                .hasMessageContaining("pingnan.task-deadlines.steps.closeCase");
    }
}
