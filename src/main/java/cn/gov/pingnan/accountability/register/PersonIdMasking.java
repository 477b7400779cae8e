package cn.gov.pingnan.accountability.register;

/**
 * How a person id appears in log lines. Logs are read by operators and kept outside the
 * database's access rules, so they show only the tail of the id: enough to match a line to a
 * register row or a case, not enough to identify the person. The full id stays in the register.
 */
public final class PersonIdMasking {

    private PersonIdMasking() {}

    /** "452123199001011234" → "**************1234"; short ids keep at most their last two characters. */
    public static String mask(String personId) {
        if (personId == null || personId.isBlank()) {
            return "(none)";
        }
        String id = personId.strip();
        int shown = id.length() >= 12 ? 4 : id.length() >= 6 ? 2 : 0;
        return "*".repeat(id.length() - shown) + id.substring(id.length() - shown);
    }
}
