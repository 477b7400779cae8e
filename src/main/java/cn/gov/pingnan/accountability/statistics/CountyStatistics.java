package cn.gov.pingnan.accountability.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The county's figures for one period (docs/statistics.md says what each one counts). Respondents are counted
 * when their decision was approved within the period; a respondent counts once under each ground item of its case.
 *
 * @param medianDaysToDecision median of the days from the case's intake to the approval of the decision, over the
 *     respondents decided in the period; {@code null} when none was
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CountyStatistics(
        LocalDate from,
        LocalDate to,
        long casesOpened,
        long casesClosed,
        long respondentsDecided,
        List<Count> byField,
        List<Count> byGround,
        List<Count> byMeasure,
        List<Count> byManagementLevel,
        List<Count> byReferralRoute,
        long appealsFiled,
        List<Count> appealOutcomes,
        Double medianDaysToDecision) {

    /** One bar of a chart: the stored code, its Chinese label and how many. */
    public record Count(String code, String label, long count) {}
}
