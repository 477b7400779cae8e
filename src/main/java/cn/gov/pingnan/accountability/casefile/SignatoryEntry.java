package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.SignatoryExclusionReason;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code signatories} (form investigate-case, R-4.2 谁签字、谁负责): who signed which document, the
 * signer's data and finding, and — to exclude the signer — a reason code and/or a written reason. The form's keys
 * are {@code signer…}; REST callers may use the respondent's keys instead ({@code name}, {@code personId} …).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignatoryEntry(
        @JsonAlias("name") String signerName,
        @JsonAlias("personId") String signerId,
        @JsonAlias("unit") String signerUnit,
        @JsonAlias("post") String signerPost,
        @JsonAlias("category") String signerCategory,
        @JsonAlias("managementLevel") String signerLevel,
        @JsonAlias("employmentStatus") String signerStatus,
        @JsonAlias("currentEmployer") String signerEmployer,
        @JsonAlias("role") String signerRole,
        @JsonAlias("severityGrade") String signerGrade,
        @JsonAlias("aggravatedArt9") Boolean signerAggravated,
        @JsonAlias("disciplineDue") Boolean signerDisciplineDue,
        @JsonAlias("crimeSuspected") Boolean signerCrimeSuspected,
        String signedDocument,
        String exclusionCode,
        String exclusionReason) {

    /** The signer as a finding on a person: the same data and verdict a named respondent has. */
    public Finding toFinding() {
        return new Finding(
                null,
                signerName,
                signerId,
                signerUnit,
                signerPost,
                signerCategory,
                signerLevel,
                signerStatus,
                signerEmployer,
                signerRole,
                signerGrade,
                signerAggravated,
                signerDisciplineDue,
                signerCrimeSuspected,
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

    /** the reason code for not holding the signer accountable, {@code null} when none is chosen. */
    public SignatoryExclusionReason exclusion(String field) {
        return Choices.parse(SignatoryExclusionReason.class, exclusionCode, field + ".exclusionCode", "不列为被问责对象的理由");
    }
}
