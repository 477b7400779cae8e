package cn.gov.pingnan.accountability.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reads and writes the JSON variables (Spin, application/json). Accepts what Tasklist submits (type Json)
 * and what REST callers may send instead (a JSON string or a deserialized list/map).
 */
final class JsonVariables {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonVariables() {}

    /** The variable as a Jackson tree; a missing variable is {@code null}. */
    static JsonNode read(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof String s) {
                return s.isBlank() ? null : MAPPER.readTree(s);
            }
            if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                return MAPPER.valueToTree(value);
            }
            // SpinJsonNode and anything else that prints as JSON
            return MAPPER.readTree(value.toString());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(
                    name, "Variable " + name + " is not valid JSON", "“" + name + "”不是有效的 JSON 数据");
        }
    }

    static ArrayNode readArray(VariableScope scope, String name) {
        JsonNode node = read(scope, name);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            throw new InvalidInputException(name, "Variable " + name + " must be a JSON array", "“" + name + "”应为列表");
        }
        return (ArrayNode) node;
    }

    static JsonValue value(JsonNode node) {
        return SpinValues.jsonValue(node.toString()).create();
    }

    static void write(VariableScope scope, String name, JsonNode node) {
        scope.setVariable(name, value(node));
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Text of a field, {@code null} when missing or blank. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && (v.asBoolean(false) || "true".equalsIgnoreCase(v.asText()));
    }

    /** Enum by name; blank → {@code null}; unknown → Chinese message for the correction task. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, String labelZh) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "Unknown " + type.getSimpleName() + " '" + raw + "'", labelZh + "“" + raw + "”无效");
        }
    }

    /** An ISO date (yyyy-MM-dd, form-js datetime output); blank → {@code null}. */
    static LocalDate date(Object raw, String field, String labelZh) {
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        if (raw instanceof java.util.Date d) {
            return d.toInstant().atZone(WorkflowSettings.ZONE).toLocalDate();
        }
        String s = raw.toString().trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "Invalid date '" + s + "' for " + field, labelZh + "“" + s + "”不是有效日期（格式：年-月-日）");
        }
    }
}
