package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import cn.gov.pingnan.accountability.rules.SanctionGrading;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 校验审理意见: R-10 a change stays within the grade, or changes the grade with a written reason
 * (SanctionGrading.validateChange). Invalid → back to 审理 with the reason; never an incident.
 */
@Component("validateReview")
public class ValidateReviewDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ValidateReviewDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        try {
            SeverityGrade proposed = JsonVariables.enumValue(
                    SeverityGrade.class,
                    (String) execution.getVariable(CaseVariables.PROPOSED_GRADE),
                    "proposedGrade",
                    "建议情节");
            SeverityGrade grade = JsonVariables.enumValue(
                    SeverityGrade.class,
                    (String) execution.getVariable(CaseVariables.REVIEW_GRADE),
                    "reviewGrade",
                    "审理认定情节");
            Measure measure = JsonVariables.enumValue(
                    Measure.class,
                    (String) execution.getVariable(CaseVariables.REVIEW_MEASURE),
                    "reviewMeasure",
                    "问责方式");
            SanctionGrading.validateChange(
                    proposed, grade, measure, (String) execution.getVariable(CaseVariables.REVIEW_REASON));
            execution.setVariable(CaseVariables.GRADE, grade.name());
            execution.setVariable(CaseVariables.MEASURE, measure.name());
            execution.setVariable(CaseVariables.REVIEW_VALID, true);
            execution.removeVariable(CaseVariables.REVIEW_ERROR);
        } catch (RuleViolationException e) {
            LOG.warn("Review of {} returned: {}: {}", execution.getProcessBusinessKey(), e.field(), e.messageEn());
            execution.setVariable(CaseVariables.REVIEW_VALID, false);
            execution.setVariable(CaseVariables.REVIEW_ERROR, e.messageZh());
        }
    }
}
