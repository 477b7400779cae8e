package cn.gov.pingnan.accountability.rules;

/** decides whether a unit or person falls under Art. 3 of the measures. */
public final class ScopeCheck {

    private ScopeCheck() {}

    public static ScopeDecision check(Respondent respondent) {
        if (respondent == null) {
            throw new RuleViolationException("respondent", "Respondent is missing", "缺少被问责对象");
        }
        return check(respondent.kind(), respondent.category());
    }

    public static ScopeDecision check(RespondentKind kind, PersonCategory category) {
        if (kind == null) {
            throw new RuleViolationException(
                    "kind", "Respondent kind (unit or person) is missing", "未选择被问责对象类型（单位或工作人员）");
        }
        String whoZh = kind.labelZh();
        String whoEn = kind == RespondentKind.UNIT ? "unit" : "person";
        // a missing category is not in scope — the track closes with the reason, nothing is deleted
        if (category == null) {
            return new ScopeDecision(
                    false,
                    "未登记该" + whoZh + "所属类别，无法认定属于本办法第三条适用范围",
                    "No Art. 3 category is recorded for the " + whoEn + ", so it is not in scope");
        }
        if (!category.inScope()) {
            return new ScopeDecision(
                    false,
                    "该" + whoZh + "不属于本办法第三条所列适用范围，不适用本办法问责",
                    "The " + whoEn
                            + " is outside the categories of Art. 3 and cannot be sanctioned under these measures");
        }
        // one of the four categories of Art. 3
        return new ScopeDecision(
                true, "属于本办法第三条适用范围：" + category.labelZh(), "In scope under Art. 3: " + category.labelEn());
    }
}
