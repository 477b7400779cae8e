package cn.gov.pingnan.accountability.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code disciplines} (form record-discipline, R-10.4): the party or government discipline imposed
 * and the day it took effect ({@code yyyy-MM-dd} as the form's date field submits it). Its influence period feeds
 * the longer-of rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisciplineEntry(String type, String effectiveDate) {}
