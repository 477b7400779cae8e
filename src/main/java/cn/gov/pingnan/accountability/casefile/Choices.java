package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.RuleViolationException;

/**
 * The choices of the forms (select, radio) arrive as the enum names of the rules. The records keep them as
 * submitted, so that each wrong or missing value is named in Chinese with its own field and label.
 */
public final class Choices {

    private Choices() {}

    /** Enum by name; blank → {@code null}; unknown → Chinese message for the correction task. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, String labelZh) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    field, "Unknown " + type.getSimpleName() + " '" + raw + "'", labelZh + "“" + raw + "”无效");
        }
    }

    /** Text as submitted, trimmed; blank → {@code null}. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        return s.isEmpty() ? null : s;
    }

    static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
