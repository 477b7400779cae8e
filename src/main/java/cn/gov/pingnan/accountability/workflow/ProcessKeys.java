package cn.gov.pingnan.accountability.workflow;

import java.util.List;

/** Process definition keys of the product; ids equal the BPMN file names in {@code processes/}. */
public final class ProcessKeys {

    public static final String ACCOUNTABILITY_CASE = "accountability-case";
    public static final String RESPONDENT_ACCOUNTABILITY = "respondent-accountability";
    public static final String RESTRICTION_PERIOD = "restriction-period";
    /** A-1 … A-4: a respondent's written appeal against the decision. */
    public static final String DECISION_APPEAL = "decision-appeal";

    public static final List<String> ALL =
            List.of(ACCOUNTABILITY_CASE, RESPONDENT_ACCOUNTABILITY, RESTRICTION_PERIOD, DECISION_APPEAL);

    private ProcessKeys() {}
}
