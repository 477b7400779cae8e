package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒整改期限: the rectification deadline is near.
 * Runs as its own job (asyncBefore, retries R3/PT5M) and sends through the {@link DocumentExchange}; a failure
 * that outlives the retries is an incident naming the document and the case.
 */
@Component("remindRectification")
public class RemindRectificationDelegate implements JavaDelegate {

    private final DocumentExchange exchange;

    public RemindRectificationDelegate(DocumentExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                CaseVariables.RECTIFICATION_REMINDED_AT,
                exchange.send(OutgoingDocument.RECTIFICATION_REMINDER, execution.getProcessBusinessKey(), (String)
                        execution.getVariable(CaseVariables.RESPONDENT_NAME)));
    }
}
