package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒申诉办理期限: A-2 the answer to the appeal is due in a few days.
 * Runs as its own job (asyncBefore, retries R3/PT5M) and sends through the {@link DocumentExchange}.
 */
@Component("remindAppealAnswer")
public class RemindAppealAnswerDelegate implements JavaDelegate {

    private final DocumentExchange exchange;

    public RemindAppealAnswerDelegate(DocumentExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                CaseVariables.APPEAL_REMINDED_AT,
                exchange.send(OutgoingDocument.APPEAL_REMINDER, execution.getProcessBusinessKey(), (String)
                        execution.getVariable(CaseVariables.RESPONDENT_NAME)));
    }
}
