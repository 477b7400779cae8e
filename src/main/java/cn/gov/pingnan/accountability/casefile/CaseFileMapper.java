package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one mapping between the JSON of the case file's process variables and its records (Jackson, the library
 * Camunda Spin itself uses for JSON variables). Text is trimmed and blank reads as {@code null}; dates as
 * {@code yyyy-MM-dd}; keys the forms add later are ignored; which keys a record writes when empty is the record's own {@code @JsonInclude}, so each variable keeps
 * the shape it has always had.
 */
public final class CaseFileMapper {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("form-text").addDeserializer(String.class, new FormText()))
            .build();

    /** Text as the forms submit it: trimmed, and blank is {@code null} (not filled in). */
    private static final class FormText extends StdScalarDeserializer<String> {

        FormText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Choices.text(StringDeserializer.instance.deserialize(p, ctxt));
        }
    }

    private CaseFileMapper() {}

    /**
     * The record of a JSON object; {@code field} names the variable (or list entry) in messages. A value of the
     * wrong type (a list for a name, "maybe" for a yes/no) is a rule violation naming its field, never a crash.
     */
    public static <T> T read(JsonNode node, Class<T> type, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new RuleViolationException(field, field + " must be a JSON object", "“" + field + "”应为对象");
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (MismatchedInputException e) {
            String path = field
                    + e.getPath().stream()
                            .map(r -> r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getFieldName())
                            .collect(Collectors.joining());
            throw new RuleViolationException(path, "Invalid value of " + path, "“" + path + "”的值无效");
        } catch (JsonProcessingException e) {
            throw new RuleViolationException(field, field + " is not valid JSON", "“" + field + "”不是有效的 JSON 数据");
        }
    }

    /** One record per entry of a JSON list, named {@code field[i]} in messages. */
    public static <T> List<T> readList(JsonNode array, Class<T> type, String field) {
        List<T> list = new ArrayList<>();
        if (array == null) {
            return list;
        }
        for (int i = 0; i < array.size(); i++) {
            String entry = field + "[" + i + "]";
            if (array.get(i).isNull()) {
                throw new RuleViolationException(entry, entry + " is empty", "“" + entry + "”为空");
            }
            list.add(read(array.get(i), type, entry));
        }
        return list;
    }

    /** The JSON of a record or a list of records, as stored in the variable. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
