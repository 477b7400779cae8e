package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.RespondentKind;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code respondents}: a respondent as named at intake (forms case-intake, correct-intake). Choices
 * (kind, category, managementLevel, employmentStatus) are the rules' enum names as submitted; text is trimmed,
 * blank is {@code null}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeRespondent(
        String kind,
        String name,
        String personId,
        String unit,
        String post,
        String category,
        String managementLevel,
        String employmentStatus,
        String currentEmployer) {

    /** The finding the investigators start from: the intake data, the kind as validated (R-3.2 in scope). */
    public Finding toFinding(RespondentKind validatedKind) {
        return new Finding(
                validatedKind.name(),
                name,
                personId,
                unit,
                post,
                category,
                managementLevel,
                employmentStatus,
                currentEmployer,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
