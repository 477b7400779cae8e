package cn.gov.pingnan.accountability.workflow;

import java.util.List;

/** Process definition keys of the product; ids equal the BPMN file names in {@code processes/}. */
public final class ProcessKeys {

    public static final String ACCOUNTABILITY_CASE = "accountability-case";
    public static final String RESPONDENT_ACCOUNTABILITY = "respondent-accountability";
    public static final String RESTRICTION_PERIOD = "restriction-period";

    public static final List<String> ALL = List.of(ACCOUNTABILITY_CASE, RESPONDENT_ACCOUNTABILITY, RESTRICTION_PERIOD);

    private ProcessKeys() {}
}
