package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 生成案件编号: the case number of the registration year becomes the business key and variable {@code caseNumber}. */
@Component("registerCase")
public class RegisterCaseDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterCaseDelegate.class);

    private final CaseNumberSequence sequence;

    public RegisterCaseDelegate(CaseNumberSequence sequence) {
        this.sequence = sequence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = CountyCalendar.today().getYear();
        CaseNumber number = sequence.next(year);
        execution.setProcessBusinessKey(number.toString());
        execution.setVariable(CaseVariables.CASE_NUMBER, number.toString());
        LOG.info("Registered case {}", number);
    }
}
