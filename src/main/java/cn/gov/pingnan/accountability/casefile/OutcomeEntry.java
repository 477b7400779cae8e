package cn.gov.pingnan.accountability.casefile;

/**
 * One entry of {@code respondentOutcomes} on the case (办结案件): the respondent track it came from (its process
 * instance id, so a repeated end notification replaces rather than duplicates it) and the Chinese line.
 */
public record OutcomeEntry(String track, String text) {}
