package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.AttributedRespondent;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.Respondent;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.ResponsibilityType;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A respondent held accountable after attribution: one entry of {@code accountables} and the
 * variable {@code respondent} of its {@code respondent-accountability} track. Written by the system, so its
 * choices are typed; every key is written, {@code null} included.
 *
 * @param basis the R-ids that made this a respondent, comma-separated
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Accountable(
        String personId,
        String name,
        RespondentKind kind,
        String unit,
        String post,
        PersonCategory category,
        ManagementLevel managementLevel,
        EmploymentStatus employmentStatus,
        String currentEmployer,
        ResponsibilityType responsibility,
        String responsibilityZh,
        String basis,
        SeverityGrade severityGrade,
        boolean aggravatedArt9,
        boolean disciplineDue,
        boolean crimeSuspected) {

    /**
     * The attributed respondent with the finding that concerns them (a unit's heads share the unit's: 捆绑问责),
     * the grade found and the employment status the decision is carried out by.
     */
    public static Accountable of(
            AttributedRespondent attributed, Finding finding, SeverityGrade grade, EmploymentStatus status) {
        Respondent r = attributed.respondent();
        return new Accountable(
                r.personId(),
                r.name(),
                r.kind(),
                r.unit(),
                r.post(),
                r.category(),
                r.managementLevel(),
                status,
                r.currentEmployer(),
                attributed.responsibility(),
                attributed.responsibility().labelZh(),
                String.join(", ", attributed.basis()),
                grade,
                finding != null && finding.aggravated(),
                finding != null && finding.disciplineIsDue(),
                finding != null && finding.crimeIsSuspected());
    }
}
