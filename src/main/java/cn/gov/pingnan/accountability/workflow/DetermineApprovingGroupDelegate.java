package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.rules.ApprovingBody;
import cn.gov.pingnan.accountability.rules.Jurisdiction;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import java.util.stream.Collectors;
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
        Accountable respondent =
                JsonVariables.read(execution, CaseVariables.RESPONDENT).as(Accountable.class);
        boolean takeover = Boolean.TRUE.equals(execution.getVariable(CaseVariables.DIRECT_TAKEOVER));
        ApprovingBody body = Jurisdiction.approvingBody(respondent.managementLevel(), takeover);
        execution.setVariable(CaseVariables.APPROVING_GROUP, StaffGroup.of(body).id());
        execution.setVariable(
                CaseVariables.APPROVER_GROUPS,
                Jurisdiction.candidates(body).stream()
                        .map(b -> StaffGroup.of(b).id())
                        .collect(Collectors.joining(",")));
    }
}
