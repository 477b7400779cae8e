package cn.gov.pingnan.accountability.rules;

/**
 * A respondent (被问责对象) as recorded by the investigation. For a UNIT, {@code personId} is the
 * unit's id, and {@code partyHead}/{@code adminHead} are its party and administrative heads.
 * {@code role} is the person's part in the matter; it may be null for unit heads and signatories.
 */
public record Respondent(
        String personId,
        String name,
        RespondentKind kind,
        String unit,
        String post,
        PersonCategory category,
        ManagementLevel managementLevel,
        EmploymentStatus employmentStatus,
        String currentEmployer,
        CaseRole role,
        Respondent partyHead,
        Respondent adminHead) {

    public static Respondent person(
            String personId,
            String name,
            String unit,
            String post,
            PersonCategory category,
            ManagementLevel managementLevel,
            EmploymentStatus employmentStatus,
            String currentEmployer,
            CaseRole role) {
        return new Respondent(
                personId,
                name,
                RespondentKind.PERSON,
                unit,
                post,
                category,
                managementLevel,
                employmentStatus,
                currentEmployer,
                role,
                null,
                null);
    }

    public static Respondent unit(
            String unitId,
            String name,
            PersonCategory category,
            ManagementLevel managementLevel,
            Respondent partyHead,
            Respondent adminHead) {
        return new Respondent(
                unitId,
                name,
                RespondentKind.UNIT,
                name,
                null,
                category,
                managementLevel,
                null,
                null,
                null,
                partyHead,
                adminHead);
    }

    public Respondent withRole(CaseRole newRole) {
        return new Respondent(
                personId,
                name,
                kind,
                unit,
                post,
                category,
                managementLevel,
                employmentStatus,
                currentEmployer,
                newRole,
                partyHead,
                adminHead);
    }

    public boolean isUnit() {
        return kind == RespondentKind.UNIT;
    }
}
