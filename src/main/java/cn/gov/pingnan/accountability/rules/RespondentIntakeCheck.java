package cn.gov.pingnan.accountability.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A respondent named at intake: a unit or a person with its id, the scope decision of and, when in
 * scope, the data the decision will need ({@link RespondentDataCheck}).
 */
public final class RespondentIntakeCheck {

    /**
     * @param scope the decision; {@code null} when the kind is missing
     * @param missing what is missing, fields relative to the respondent; empty when the respondent is complete
     */
    public record Result(ScopeDecision scope, List<RuleViolationException> missing) {

        public Result {
            missing = List.copyOf(missing);
        }

        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private RespondentIntakeCheck() {}

    public static Result check(
            String name,
            RespondentKind kind,
            String personId,
            PersonCategory category,
            ManagementLevel level,
            EmploymentStatus status,
            String currentEmployer) {
        List<RuleViolationException> missing = new ArrayList<>();
        if (kind == null) {
            missing.add(new RuleViolationException("kind", "Respondent has no kind", name + "：未选择单位或工作人员"));
            return new Result(null, missing);
        }
        if (personId == null || personId.isBlank()) {
            missing.add(new RuleViolationException(
                    "personId",
                    "Respondent has no id",
                    name + "：未填写" + (kind == RespondentKind.UNIT ? "单位统一社会信用代码" : "身份证号或人员编号")));
        }
        ScopeDecision scope = ScopeCheck.check(kind, category);
        if (scope.inScope()) {
            missing.addAll(RespondentDataCheck.missing(name, kind, level, status, currentEmployer));
        }
        return new Result(scope, missing);
    }
}
