package cn.gov.pingnan.accountability.rules;

import java.util.List;

/** A respondent of the final list with the responsibility type and the R-ids that made them a respondent. */
public record AttributedRespondent(Respondent respondent, ResponsibilityType responsibility, List<String> basis) {

    public AttributedRespondent {
        basis = List.copyOf(basis);
    }

    public String personId() {
        return respondent.personId();
    }
}
