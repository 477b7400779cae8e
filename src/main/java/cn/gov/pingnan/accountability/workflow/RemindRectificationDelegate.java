package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 提醒整改期限: the rectification deadline is near.
 * Runs as its own job (asyncBefore, retries R3/PT5M); the dispatch channel (document exchange system) is
 * not connected yet, so the step records the time of dispatch and logs it.
 */
@Component("remindRectification")
public class RemindRectificationDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RemindRectificationDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CaseVariables.RECTIFICATION_REMINDED_AT, ClockUtil.getCurrentTime());
        LOG.info("Rectification reminder for {} sent (case {})", execution.getVariable(CaseVariables.RESPONDENT_NAME), execution.getProcessBusinessKey());
    }
}
