package cn.gov.pingnan.accountability.workflow;

import static cn.gov.pingnan.accountability.workflow.JsonVariables.text;

import cn.gov.pingnan.accountability.rules.Jurisdiction;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确定审批机关: the body that manages the cadre approves; commission-leaders are always
 * candidates too, so the commission can take the case over until it is approved.
 */
@Component("determineApprovingGroup")
public class DetermineApprovingGroupDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        JsonNode respondent = JsonVariables.read(execution, CaseVariables.RESPONDENT);
        boolean takeover = Boolean.TRUE.equals(execution.getVariable(CaseVariables.DIRECT_TAKEOVER));
        String group = Jurisdiction.approvingGroup(text(respondent, "managementLevel"), takeover);
        execution.setVariable(CaseVariables.APPROVING_GROUP, group);
        execution.setVariable(
                CaseVariables.APPROVER_GROUPS,
                Jurisdiction.COMMISSION_LEADERS.equals(group) ? group : group + "," + Jurisdiction.COMMISSION_LEADERS);
    }
}
