package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A start or task form's value has the wrong shape ({@link FormInputCheck}): nothing is started or
 * completed, and the caller sees the Chinese reason first, then the field and the English one.
 */
public class FormInputRefused extends ProcessEngineException {

    private final transient RuleViolationException violation;

    public FormInputRefused(RuleViolationException violation) {
        super(violation.messageZh() + " (" + violation.field() + ": " + violation.messageEn() + ")");
        this.violation = violation;
    }

    public RuleViolationException violation() {
        return violation;
    }
}
