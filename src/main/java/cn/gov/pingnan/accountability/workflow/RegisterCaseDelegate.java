package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.tenant.Counties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 生成案件编号: the case number of the registration year becomes the business key and variable {@code caseNumber}.
 * Issue 14: numbered in the case's county (its tenant), with the county's prefix.
 */
@Component("registerCase")
public class RegisterCaseDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterCaseDelegate.class);

    private final CaseNumberSequence sequence;
    private final Counties counties;

    public RegisterCaseDelegate(CaseNumberSequence sequence, Counties counties) {
        this.sequence = sequence;
        this.counties = counties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = CountyCalendar.today().getYear();
        String county = counties.countyOf(execution.getTenantId());
        CaseNumber number = sequence.next(county, year);
        execution.setProcessBusinessKey(number.toString());
        execution.setVariable(CaseVariables.CASE_NUMBER, number.toString());
        LOG.info("Registered case {} in county {}", number, county);
    }
}
