package cn.gov.pingnan.accountability.rules;

import java.util.regex.Pattern;

/**
 * The shape of a person id as staff type it in a search (R-12.5: the register is queried by person): letters,
 * digits and hyphens, 2 to 64 characters (an 18-digit resident id with a final X fits, and so do the commission's
 * own ids such as {@code P2026001}).
 */
public final class PersonIdFormat {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,63}");

    private PersonIdFormat() {}

    public static boolean looksLikePersonId(String text) {
        return text != null && SHAPE.matcher(text.strip()).matches();
    }

    /** A person searched by id or by name: text with a digit in it must be an id of the right shape. */
    public static String requireIdOrName(String text, String field) {
        String person = text == null ? "" : text.strip();
        if (person.chars().anyMatch(Character::isDigit) || person.length() > 100) {
            return require(person, field);
        }
        return person;
    }

    public static String require(String text, String field) {
        if (!looksLikePersonId(text)) {
            throw new RuleViolationException(
                    field,
                    "Person id '" + text + "' must be 2-64 letters, digits or hyphens",
                    "人员身份标识“" + (text == null ? "" : text) + "”格式不正确：应为 2–64 位字母、数字或连字符");
        }
        return text.strip();
    }
}
