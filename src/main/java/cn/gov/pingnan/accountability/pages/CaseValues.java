package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.workflow.WorkflowSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process variable values (live or from history) as Jackson trees, for the case index and the case file. Lenient:
 * what cannot be read is shown as text, never an error, because the index runs inside the workflow's transaction.
 */
final class CaseValues {

    private static final Logger LOG = LoggerFactory.getLogger(CaseValues.class);
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CaseValues() {}

    static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return MAPPER.valueToTree(value);
        }
        if (value instanceof Date date) {
            return JsonNodeFactory.instance.textNode(
                    DATE_TIME.format(LocalDateTime.ofInstant(date.toInstant(), WorkflowSettings.ZONE)));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return MAPPER.valueToTree(value);
        }
        String text = value.toString();
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return MAPPER.readTree(trimmed);
            } catch (JsonProcessingException notJson) {
                LOG.debug("Variable value is not JSON; shown as text");
            }
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.asText().isBlank()
                ? null
                : value.asText().strip();
    }

    /** One entry per person id: the intake's respondents, the attribution's respondents and the units' heads. */
    static List<JsonNode> respondents(JsonNode... lists) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode list : lists) {
            if (list != null && list.isArray()) {
                list.forEach(r -> collect(r, byId));
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static void collect(JsonNode respondent, Map<String, JsonNode> byId) {
        if (respondent == null || !respondent.isObject()) {
            return;
        }
        String id = text(respondent, "personId");
        if (id != null && text(respondent, "name") != null) {
            byId.putIfAbsent(id, respondent);
        }
        collect(respondent.get("partyHead"), byId);
        collect(respondent.get("adminHead"), byId);
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
