package cn.gov.pingnan.accountability.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number {@code PN-2026-0001}: the county's prefix (issue 14: {@code PN} 平南县, {@code GN} 港南区, ...), the
 * year the case is registered and its sequence in that county and year.
 */
public record CaseNumber(String prefix, int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{4})");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2}");
    /** no case can concern these measures before the year they were issued. */
    public static final int FIRST_YEAR = 2016;

    public static final int MAX_SEQUENCE = 9999;

    public CaseNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new RuleViolationException(
                    "caseNumber.prefix",
                    "Case number prefix '" + prefix + "' is not two upper-case letters",
                    "案件编号前缀“" + prefix + "”无效");
        }
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
                    "Case number '" + text + "' is not of the form PN-YYYY-NNNN (county prefix, year, sequence)",
                    "案件编号“" + text + "”格式应为 PN-年份-四位序号（PN 处为县区代码）");
        }
        return new CaseNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (RuleViolationException e) {
            return false;
        }
    }

    public static String format(String prefix, int year, int sequence) {
        return new CaseNumber(prefix, year, sequence).toString();
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%04d", prefix, year, sequence);
    }
}
