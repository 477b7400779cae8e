package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 送达问责决定: R-10 the approved decision is served on the respondent and the unit.
 * Runs as its own job (asyncBefore, retries R3/PT5M) and sends through the {@link DocumentExchange}; a failure
 * that outlives the retries is an incident naming the document and the case.
 */
@Component("deliverDecision")
public class DeliverDecisionDelegate implements JavaDelegate {

    private final DocumentExchange exchange;

    public DeliverDecisionDelegate(DocumentExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                CaseVariables.DECISION_DELIVERED_AT,
                exchange.send(OutgoingDocument.DECISION, execution.getProcessBusinessKey(), (String)
                        execution.getVariable(CaseVariables.RESPONDENT_NAME)));
    }
}
