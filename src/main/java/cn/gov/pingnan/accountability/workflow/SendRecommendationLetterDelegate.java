package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 函告现任职单位: the current employer is notified and accountability recommended.
 * Runs as its own job (asyncBefore, retries R3/PT5M) and sends through the {@link DocumentExchange}; a failure
 * that outlives the retries is an incident naming the document and the case.
 */
@Component("sendRecommendationLetter")
public class SendRecommendationLetterDelegate implements JavaDelegate {

    private final DocumentExchange exchange;

    public SendRecommendationLetterDelegate(DocumentExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                CaseVariables.RECOMMENDATION_SENT_AT,
                exchange.send(OutgoingDocument.RECOMMENDATION_LETTER, execution.getProcessBusinessKey(), (String)
                        execution.getVariable(CaseVariables.RESPONDENT_NAME)));
    }
}
