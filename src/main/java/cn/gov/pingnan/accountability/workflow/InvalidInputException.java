package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleViolationException;

/** Input of a form or REST call that the workflow cannot use; shown to staff in Chinese, logged in English. */
public class InvalidInputException extends RuleViolationException {

    public InvalidInputException(String field, String messageEn, String messageZh) {
        super(field, messageEn, messageZh);
    }
}
