package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;

/** party or government discipline imposed in the referred procedure; {@code type} as in discipline-periods.json. */
public record DisciplineImposed(String type, LocalDate effectiveDate) {}
