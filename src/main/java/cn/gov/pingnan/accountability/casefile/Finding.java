package cn.gov.pingnan.accountability.casefile;

import static cn.gov.pingnan.accountability.casefile.Choices.parse;

import cn.gov.pingnan.accountability.rules.CaseRole;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.Respondent;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code findings} (form investigate-case): the respondent's data from intake and what the
 * investigation found — role, grade, Art. 9 aggravation, discipline due, crime
 * suspected and, for a unit, its party and administrative heads. A signatory who becomes a
 * respondent has a finding of the same shape ({@link SignatoryEntry#toFinding()}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        String kind,
        String name,
        String personId,
        String unit,
        String post,
        String category,
        String managementLevel,
        String employmentStatus,
        String currentEmployer,
        String role,
        String severityGrade,
        Boolean aggravatedArt9,
        Boolean disciplineDue,
        Boolean crimeSuspected,
        String partyHeadName,
        String partyHeadId,
        String partyHeadPost,
        String partyHeadStatus,
        String partyHeadEmployer,
        String adminHeadName,
        String adminHeadId,
        String adminHeadPost,
        String adminHeadStatus,
        String adminHeadEmployer) {

    /**
     * The form submits the investigators' fields; what it leaves out comes from the intake entry of the same
     * person ({@code intake} may be {@code null}).
     */
    public Finding completedFrom(IntakeRespondent intake) {
        if (intake == null) {
            return this;
        }
        return new Finding(
                or(kind, intake.kind()),
                or(name, intake.name()),
                or(personId, intake.personId()),
                or(unit, intake.unit()),
                or(post, intake.post()),
                or(category, intake.category()),
                or(managementLevel, intake.managementLevel()),
                or(employmentStatus, intake.employmentStatus()),
                or(currentEmployer, intake.currentEmployer()),
                role,
                severityGrade,
                aggravatedArt9,
                disciplineDue,
                crimeSuspected,
                partyHeadName,
                partyHeadId,
                partyHeadPost,
                partyHeadStatus,
                partyHeadEmployer,
                adminHeadName,
                adminHeadId,
                adminHeadPost,
                adminHeadStatus,
                adminHeadEmployer);
    }

    /** Art. 9 aggravation applies. */
    public boolean aggravated() {
        return Choices.yes(aggravatedArt9);
    }

    /** party or government discipline is also due. */
    public boolean disciplineIsDue() {
        return Choices.yes(disciplineDue);
    }

    /** a crime is suspected. */
    public boolean crimeIsSuspected() {
        return Choices.yes(crimeSuspected);
    }

    /** the grade found, {@code null} when not chosen; {@code labelZh} names the respondent's grade. */
    public SeverityGrade grade(String labelZh) {
        return parse(SeverityGrade.class, severityGrade, "severityGrade", labelZh);
    }

    /** The respondent for the rules; {@code field} (e.g. {@code findings[0]}) prefixes the fields in messages. */
    public Respondent toRespondent(String field) {
        RespondentKind k = parse(RespondentKind.class, kind, field + ".kind", "被问责对象类型");
        if (k == RespondentKind.UNIT) {
            PersonCategory c = parse(PersonCategory.class, category, field + ".category", "类别");
            ManagementLevel level = parse(ManagementLevel.class, managementLevel, field + ".managementLevel", "干部管理权限");
            Respondent partyHead = partyHeadName == null && partyHeadId == null
                    ? null
                    : head(
                            partyHeadId,
                            partyHeadName,
                            partyHeadPost,
                            partyHeadStatus,
                            partyHeadEmployer,
                            field + ".partyHeadStatus",
                            c,
                            level);
            Respondent adminHead = adminHeadName == null && adminHeadId == null
                    ? null
                    : head(
                            adminHeadId,
                            adminHeadName,
                            adminHeadPost,
                            adminHeadStatus,
                            adminHeadEmployer,
                            field + ".adminHeadStatus",
                            c,
                            level);
            return Respondent.unit(personId, name, c, level, partyHead, adminHead);
        }
        return toPerson(field);
    }

    /** The respondent as a person (a named person, or a signatory of ). */
    public Respondent toPerson(String field) {
        CaseRole r = parse(CaseRole.class, role, field + ".role", "角色");
        return Respondent.person(
                personId,
                name,
                unit,
                post,
                parse(PersonCategory.class, category, field + ".category", "类别"),
                parse(ManagementLevel.class, managementLevel, field + ".managementLevel", "干部管理权限"),
                parse(EmploymentStatus.class, employmentStatus, field + ".employmentStatus", "任职状态"),
                currentEmployer,
                r);
    }

    /** a head of the unit, in the unit's category and management level. */
    private Respondent head(
            String id,
            String headName,
            String headPost,
            String status,
            String employer,
            String statusField,
            PersonCategory c,
            ManagementLevel level) {
        return new Respondent(
                id,
                headName,
                RespondentKind.PERSON,
                name,
                headPost,
                c,
                level,
                parse(EmploymentStatus.class, status, statusField, "负责人任职状态"),
                employer,
                null,
                null,
                null);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
