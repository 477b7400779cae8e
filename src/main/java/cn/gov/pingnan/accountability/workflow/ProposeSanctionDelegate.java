package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.Accountable;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.SanctionGrading;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 提出问责建议: the milder measure of the grade, R-9 the stricter one when Art. 9 aggravation applies. */
@Component("proposeSanction")
public class ProposeSanctionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Accountable respondent =
                JsonVariables.read(execution, CaseVariables.RESPONDENT).as(Accountable.class);
        SeverityGrade grade = respondent.severityGrade();
        boolean aggravated = respondent.aggravatedArt9();
        Measure measure = SanctionGrading.propose(grade, aggravated);
        execution.setVariable(CaseVariables.PROPOSED_GRADE, grade.name());
        execution.setVariable(CaseVariables.PROPOSED_MEASURE, measure.name());
        execution.setVariable(
                CaseVariables.PROPOSAL_NOTE,
                grade.labelZh() + "，依第十条建议给予" + measure.labelZh() + (aggravated ? "（第九条从严惩处，取本档较重方式）" : ""));
        // the review form opens with the proposal selected: confirming is one click
        execution.setVariable(CaseVariables.REVIEW_GRADE, grade.name());
        execution.setVariable(CaseVariables.REVIEW_MEASURE, measure.name());
    }
}
