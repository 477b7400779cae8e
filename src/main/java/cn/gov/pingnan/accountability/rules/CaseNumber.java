package cn.gov.pingnan.accountability.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A case number {@code PN-2026-0001}: the year the case is registered and its sequence in that year. */
public record CaseNumber(int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("PN-(\\d{4})-(\\d{4})");
    /** no case can concern these measures before the year they were issued. */
    public static final int FIRST_YEAR = 2016;

    public static final int MAX_SEQUENCE = 9999;

    public CaseNumber {
        if (year < FIRST_YEAR || year > 9999) {
            throw new RuleViolationException(
                    "caseNumber.year",
                    "Case year " + year + " is outside " + FIRST_YEAR + "-9999",
                    "案件编号年份 " + year + " 无效");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new RuleViolationException(
                    "caseNumber.sequence",
                    "Case sequence " + sequence + " is outside 1-" + MAX_SEQUENCE,
                    "案件编号序号 " + sequence + " 超出范围（1–9999）");
        }
    }

    public static CaseNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new RuleViolationException(
                    "caseNumber",
                    "Case number '" + text + "' is not of the form PN-YYYY-NNNN",
                    "案件编号“" + text + "”格式应为 PN-年份-四位序号");
        }
        return new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    public static String format(int year, int sequence) {
        return new CaseNumber(year, sequence).toString();
    }

    @Override
    public String toString() {
        return String.format("PN-%04d-%04d", year, sequence);
    }
}
