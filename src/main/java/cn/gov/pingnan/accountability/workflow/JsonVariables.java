package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.CaseFileMapper;
import cn.gov.pingnan.accountability.casefile.Choices;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reads and writes the JSON variables of the case file (Spin, application/json) through the records of package
 * {@code casefile}. Accepts what Tasklist submits (type Json) and what REST callers may send instead (a JSON
 * string or a deserialized list/map).
 */
final class JsonVariables {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonVariables() {}

    /** A JSON variable as read; a missing variable reads as JSON {@code null}. */
    record Json(String name, JsonNode node) {

        /** The variable as a case-file record, {@code null} when missing. */
        <T> T as(Class<T> type) {
            return CaseFileMapper.read(node, type, name);
        }

        /** The variable as a list of case-file records; a missing variable is an empty list. */
        <T> List<T> asListOf(Class<T> type) {
            return CaseFileMapper.readList(node, type, name);
        }

        /** A list of plain values (e.g. catalogue codes) as text. */
        List<String> asTexts() {
            List<String> texts = new ArrayList<>();
            node.forEach(n -> texts.add(n.asText()));
            return texts;
        }
    }

    /** The variable as JSON; a missing variable is JSON {@code null}. */
    static Json read(VariableScope scope, String name) {
        return read(scope::getVariable, name);
    }

    /** As {@link #read(VariableScope, String)}, from any lookup of variables (e.g. a decided track's history). */
    static Json read(VariableLookup variables, String name) {
        Object value = variables.getVariable(name);
        try {
            JsonNode node;
            if (value == null || (value instanceof String s && s.isBlank())) {
                node = JsonNodeFactory.instance.nullNode();
            } else if (value instanceof String s) {
                node = MAPPER.readTree(s);
            } else if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
                node = MAPPER.valueToTree(value);
            } else {
                // SpinJsonNode and anything else that prints as JSON
                node = MAPPER.readTree(value.toString());
            }
            return new Json(name, node);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(
                    name, "Variable " + name + " is not valid JSON", "“" + name + "”不是有效的 JSON 数据");
        }
    }

    /** The variable as a JSON list; missing is an empty list, anything else than a list is refused. */
    static Json readArray(VariableScope scope, String name) {
        return readArray(scope::getVariable, name);
    }

    static Json readArray(VariableLookup variables, String name) {
        Json json = read(variables, name);
        if (json.node().isNull()) {
            return new Json(name, JsonNodeFactory.instance.arrayNode());
        }
        if (!json.node().isArray()) {
            throw new InvalidInputException(name, "Variable " + name + " must be a JSON array", "“" + name + "”应为列表");
        }
        return json;
    }

    /** Writes a record or a list of records as a JSON variable. */
    static void write(VariableScope scope, String name, Object value) {
        scope.setVariable(
                name,
                SpinValues.jsonValue(CaseFileMapper.tree(value).toString()).create());
    }

    /** Enum by name; blank → {@code null}; unknown → Chinese message for the correction task. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, String labelZh) {
        return Choices.parse(type, raw, field, labelZh);
    }

    /** An ISO date (yyyy-MM-dd, form-js datetime output); blank → {@code null}. */
    static LocalDate date(Object raw, String field, String labelZh) {
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        if (raw instanceof java.util.Date d) {
            return CountyCalendar.dayOf(d);
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
