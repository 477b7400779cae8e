package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 函告现任职单位: the current employer is notified and accountability recommended.
 * Runs as its own job (asyncBefore, retries R3/PT5M); the dispatch channel (document exchange system) is
 * not connected yet, so the step records the time of dispatch and logs it.
 */
@Component("sendRecommendationLetter")
public class SendRecommendationLetterDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(SendRecommendationLetterDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CaseVariables.RECOMMENDATION_SENT_AT, ClockUtil.getCurrentTime());
        LOG.info("Recommendation letter for {} sent to the current employer (case {})", execution.getVariable(CaseVariables.RESPONDENT_NAME), execution.getProcessBusinessKey());
    }
}
