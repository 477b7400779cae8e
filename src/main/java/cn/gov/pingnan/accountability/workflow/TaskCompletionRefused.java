package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task listener refuses the completion: the task stays open and the caller (Tasklist or REST) sees the
 * Chinese reason first, then the English one. Synchronous, so never an incident.
 */
public class TaskCompletionRefused extends ProcessEngineException {

    private final transient RuleViolationException violation;

    public TaskCompletionRefused(RuleViolationException violation) {
        super(violation.messageZh() + " (" + violation.field() + ": " + violation.messageEn() + ")");
        this.violation = violation;
    }

    public RuleViolationException violation() {
        return violation;
    }
}
