package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 催告现任职单位: the employer has not replied within the configured period.
 * Runs as its own job (asyncBefore, retries R3/PT5M) and sends through the {@link DocumentExchange}; a failure
 * that outlives the retries is an incident naming the document and the case.
 */
@Component("remindEmployer")
public class RemindEmployerDelegate implements JavaDelegate {

    private final DocumentExchange exchange;

    public RemindEmployerDelegate(DocumentExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                CaseVariables.EMPLOYER_REMINDED_AT,
                exchange.send(OutgoingDocument.EMPLOYER_REMINDER, execution.getProcessBusinessKey(), (String)
                        execution.getVariable(CaseVariables.RESPONDENT_NAME)));
    }
}
