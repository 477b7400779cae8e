package cn.gov.pingnan.accountability.decision;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import java.util.Map;

/** What an appeal needs of a decided respondent's track (A-1 … A-4), read from its history. */
public record DecidedTrack(
        String respondentJson,
        String respondentName,
        String measure,
        String effectiveDate,
        String disciplinesJson,
        String approvingGroup,
        boolean takenOverByCommission,
        String deliveredOn) {

    /** From the track's variables (name → value); JSON variables as their text. */
    public static DecidedTrack of(Map<String, Object> variables) {
        return new DecidedTrack(
                text(variables.get(CaseVariables.RESPONDENT)),
                text(variables.get(CaseVariables.RESPONDENT_NAME)),
                text(variables.get(CaseVariables.MEASURE)),
                text(variables.get(CaseVariables.DECISION_EFFECTIVE_DATE)),
                variables.containsKey(CaseVariables.DISCIPLINES)
                        ? text(variables.get(CaseVariables.DISCIPLINES))
                        : "[]",
                text(variables.get(CaseVariables.APPROVING_GROUP)),
                Boolean.TRUE.equals(variables.get(CaseVariables.TAKEN_OVER_BY_COMMISSION)),
                text(variables.get(CaseVariables.DELIVERED_ON)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
