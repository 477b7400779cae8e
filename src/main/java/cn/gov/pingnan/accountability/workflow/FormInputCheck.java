package cn.gov.pingnan.accountability.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of what a Camunda Form submits, checked where every caller passes (Tasklist, REST, our
 * code): a date field holds a real date ({@code 2026-02-30} is none), a number a number, a checkbox
 * true or false, a text field text within its length and without expressions ({@code ${…}},
 * {@code #{…}}). Only the form's own top-level fields; lists of respondents, findings and
 * disciplines, catalogue codes and the rules between fields stay with the validation steps, which
 * answer with a correction task or a refusal of their own.
 */
final class FormInputCheck {

    private final List<Field> fields;

    private record Field(String key, String label, String type, String subtype, int maxLength) {}

    private FormInputCheck(List<Field> fields) {
        this.fields = fields;
    }

    /** The checks of a Camunda Form (its JSON schema). */
    static FormInputCheck of(JsonNode form) {
        List<Field> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return new FormInputCheck(List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("dynamiclist") || component.hasNonNull("path")) {
                continue; // nested values: the validation steps read them
            }
            if (component.hasNonNull("key")) {
                fields.add(new Field(
                        component.get("key").asText(),
                        label(component),
                        type,
                        component.path("subtype").asText(""),
                        component.path("validate").path("maxLength").asInt(0)));
            }
            collect(component.path("components"), fields);
        }
    }

    /** What the person sees next to the field (a date field's label is its {@code dateLabel}). */
    private static String label(JsonNode component) {
        for (String name : new String[] {"label", "dateLabel"}) {
            if (component.hasNonNull(name) && !component.get(name).asText().isBlank()) {
                return component.get(name).asText();
            }
        }
        return component.get("key").asText();
    }

    int size() {
        return fields.size();
    }

    /** The first field whose value has the wrong shape; absent and empty values are for the validation steps. */
    Optional<InvalidInputException> check(Map<String, Object> variables) {
        for (Field field : fields) {
            Object value = variables.get(field.key());
            if (value == null || (value instanceof String s && s.isEmpty())) {
                continue;
            }
            Optional<InvalidInputException> problem = check(field, value);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<InvalidInputException> check(Field field, Object value) {
        switch (field.type()) {
            case "datetime" -> {
                if (field.subtype().equals("date") && !(value instanceof Date) && !isDate(value)) {
                    return refuse(
                            field,
                            "not a real date '" + shorten(value) + "'; expected YYYY-MM-DD",
                            "“" + shorten(value) + "”不是有效日期（格式：年-月-日）");
                }
            }
            case "number" -> {
                if (!(value instanceof Number) && !isNumber(value)) {
                    return refuse(field, "not a number '" + shorten(value) + "'", "应填写数字，不能是“" + shorten(value) + "”");
                }
            }
            case "checkbox" -> {
                if (!(value instanceof Boolean)
                        && !(value instanceof String s && (s.equals("true") || s.equals("false")))) {
                    return refuse(field, "expected true or false", "只能是“是”或“否”");
                }
            }
            case "textfield", "textarea" -> {
                if (!(value instanceof String text)) {
                    return refuse(field, "expected text", "应填写文字");
                }
                if (field.maxLength() > 0 && text.codePointCount(0, text.length()) > field.maxLength()) {
                    return refuse(
                            field,
                            "longer than " + field.maxLength() + " characters",
                            "不能超过 " + field.maxLength() + " 个字");
                }
                if (text.contains("${") || text.contains("#{")) {
                    return refuse(field, "must not contain ${ or #{", "不能包含“${”或“#{”");
                }
            }
            default -> {
                // select, radio, checklist: catalogue codes are checked by the validation steps
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(Object value) {
        String s = value.toString().strip();
        try {
            LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isNumber(Object value) {
        try {
            Double.parseDouble(value.toString().strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shorten(Object value) {
        String s = value.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Optional<InvalidInputException> refuse(Field field, String problemEn, String problemZh) {
        return Optional.of(new InvalidInputException(
                field.key(), "Field '" + field.key() + "': " + problemEn, field.label() + "：" + problemZh));
    }
}
