package cn.gov.pingnan.accountability.rules;

/**
 * a person who signed an approval, application or acceptance the case concerns. The signatory is
 * excluded from the respondents only with an {@code exclusionCode} and/or a written {@code exclusionReason}.
 */
public record Signatory(
        Respondent person, String signedDocument, SignatoryExclusionReason exclusionCode, String exclusionReason) {

    public static Signatory of(Respondent person, String signedDocument) {
        return new Signatory(person, signedDocument, null, null);
    }

    public Signatory excludedBecause(SignatoryExclusionReason code, String writtenReason) {
        return new Signatory(person, signedDocument, code, writtenReason);
    }

    public boolean exclusionRequested() {
        return exclusionCode != null || (exclusionReason != null && !exclusionReason.isBlank());
    }
}
