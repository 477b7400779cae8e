package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.ReferralRoute;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录问责决定: retired (no post restriction) or resigned — the decision is recorded on the case. */
@Component("recordDecision")
public class RecordDecisionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        ReferralRoute route = ReferralRoute.valueOf((String) execution.getVariable(CaseVariables.REFERRAL_ROUTE));
        Measure measure = Measure.valueOf((String) execution.getVariable(CaseVariables.MEASURE));
        String note = route == ReferralRoute.RECORD_RETIREMENT
                ? "已退休：问责决定（" + measure.labelZh() + "）按规定记录在案，不安排任职影响期（第十一条第三项）"
                : "已辞职：问责决定（" + measure.labelZh() + "）记录在案，影响期照常登记，再次任用时适用";
        execution.setVariable(CaseVariables.DECISION_RECORD, note);
    }
}
