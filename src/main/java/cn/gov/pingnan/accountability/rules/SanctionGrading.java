package cn.gov.pingnan.accountability.rules;

import java.util.Arrays;
import java.util.List;

/** which measures a grade allows, which one the rules propose, and review changes. */
public final class SanctionGrading {

    private SanctionGrading() {}

    /** the measures of a grade, milder first. */
    public static List<Measure> allowedMeasures(SeverityGrade grade) {
        requireGrade(grade, "grade");
        return Arrays.stream(Measure.values()).filter(m -> m.grade() == grade).toList();
    }

    /** The milder measure of the grade; R-9: the stricter one when Art. 9 aggravation (从严惩处) applies. */
    public static Measure propose(SeverityGrade grade, boolean aggravatedArt9) {
        List<Measure> allowed = allowedMeasures(grade);
        return aggravatedArt9 ? allowed.get(allowed.size() - 1) : allowed.get(0);
    }

    /** only a circulated criticism carries an order to rectify (责令整改). */
    public static boolean requiresRectification(Measure measure) {
        return measure == Measure.CIRCULATED_CRITICISM;
    }

    /** the measure must belong to the grade. */
    public static void validate(SeverityGrade grade, Measure measure) {
        requireGrade(grade, "grade");
        if (measure == null) {
            throw new RuleViolationException("measure", "No measure chosen", "未选择问责方式");
        }
        if (measure.grade() != grade) {
            String allowedZh = String.join(
                    "、", allowedMeasures(grade).stream().map(Measure::labelZh).toList());
            throw new RuleViolationException(
                    "measure",
                    "Measure " + measure + " belongs to grade " + measure.grade() + ", not " + grade + "; allowed: "
                            + allowedMeasures(grade),
                    "“" + measure.labelZh() + "”属于" + measure.grade().labelZh() + "的问责方式，" + grade.labelZh() + "只能给予"
                            + allowedZh + "（第十条）");
        }
    }

    /**
     * Review of the proposal: a different measure within the grade is fine; a change of grade
     * needs a written reason. The measure must fit the new grade.
     */
    public static void validateChange(
            SeverityGrade originalGrade, SeverityGrade newGrade, Measure measure, String reason) {
        requireGrade(originalGrade, "originalGrade");
        requireGrade(newGrade, "grade");
        validate(newGrade, measure);
        if (originalGrade != newGrade && (reason == null || reason.isBlank())) {
            throw new RuleViolationException(
                    "reason",
                    "Changing the grade from " + originalGrade + " to " + newGrade + " requires a written reason",
                    "将情节认定由" + originalGrade.labelZh() + "改为" + newGrade.labelZh() + "，须填写书面理由");
        }
    }

    private static void requireGrade(SeverityGrade grade, String field) {
        if (grade == null) {
            throw new RuleViolationException(field, "No severity grade chosen", "未认定情节轻重");
        }
    }
}
