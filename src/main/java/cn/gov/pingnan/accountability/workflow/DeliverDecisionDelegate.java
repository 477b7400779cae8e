package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 送达问责决定: R-10 the approved decision is served on the respondent and the unit.
 * Runs as its own job (asyncBefore, retries R3/PT5M); the dispatch channel (document exchange system) is
 * not connected yet, so the step records the time of dispatch and logs it.
 */
@Component("deliverDecision")
public class DeliverDecisionDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(DeliverDecisionDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CaseVariables.DECISION_DELIVERED_AT, ClockUtil.getCurrentTime());
        LOG.info("Decision for {} delivered (case {})", execution.getVariable(CaseVariables.RESPONDENT_NAME), execution.getProcessBusinessKey());
    }
}
