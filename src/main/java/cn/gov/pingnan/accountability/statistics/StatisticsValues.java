package cn.gov.pingnan.accountability.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the few values the statistics need from process variables as the engine hands them out: Spin JSON (what
 * Tasklist submits), a JSON string (REST callers) or a deserialized list or map. Unreadable values count as
 * "not recorded" rather than failing a workflow step over a report.
 */
final class StatisticsValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatisticsValues() {}

    /** The text of a plain variable, {@code null} when missing or blank. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A day given as ISO date text or a date-time (form-js, REST callers), {@code otherwise} when missing or
     * unreadable.
     */
    static LocalDate day(Object value, LocalDate otherwise) {
        String text = text(value);
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException unreadable) {
            return otherwise;
        }
    }

    /** The items of a JSON array of plain values (the case's ground codes). */
    static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        JsonNode node = tree(value);
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isValueNode() && !n.asText().isBlank()) {
                    texts.add(n.asText().strip());
                }
            });
        }
        return texts;
    }

    /** One text field of a JSON object (e.g. the respondent's {@code managementLevel}). */
    static String field(Object value, String name) {
        JsonNode node = tree(value);
        JsonNode field = node == null ? null : node.get(name);
        return field == null || field.isNull() ? null : text(field.asText());
    }

    private static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return MAPPER.valueToTree(value);
        }
        try {
            // Spin's JSON node prints itself as JSON
            return MAPPER.readTree(value.toString());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
