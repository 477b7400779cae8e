package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleViolationException;

/**
 * A start or task form's value has the wrong shape ({@link FormInputCheck}): nothing is started or
 * completed; the caller sees the Chinese reason first, then the field and the English one.
 */
public class FormInputRefused extends TaskCompletionRefused {

    public FormInputRefused(RuleViolationException violation) {
        super(violation);
    }
}
