package cn.gov.pingnan.accountability.workflow;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each human step may take, in {@code application.yaml} under {@code pingnan.task-deadlines}:
 * {@code standard} for every step not named in {@code steps} (also steps a manager adds in the Modeler).
 * Steps whose deadline the measures set (核查整改情况: the rectification deadline, R-10.2) take it from the case.
 */
@ConfigurationProperties(prefix = "pingnan.task-deadlines")
public record TaskDeadlineSettings(Period standard, Map<String, Period> steps) {

    public TaskDeadlineSettings {
        if (standard == null) {
            standard = Period.ofDays(15);
        }
        steps = steps == null ? Map.of() : Map.copyOf(steps);
        // fail at start-up, not when a task is created
        for (Map.Entry<String, Period> step : steps.entrySet()) {
            if (step.getValue().isNegative() || step.getValue().isZero()) {
                throw new IllegalArgumentException(
                        "pingnan.task-deadlines.steps." + step.getKey() + " must be a positive period");
            }
        }
        if (standard.isNegative() || standard.isZero()) {
            throw new IllegalArgumentException("pingnan.task-deadlines.standard must be a positive period");
        }
    }

    Period of(String taskKey) {
        return steps.getOrDefault(taskKey, standard);
    }
}
