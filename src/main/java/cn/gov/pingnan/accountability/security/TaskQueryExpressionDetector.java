package cn.gov.pingnan.accountability.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds what the engine could evaluate in a task query: a field whose name ends with
 * {@code Expression} (any case, at any depth, so also inside {@code orQueries}), or a text holding
 * JUEL syntax ({@code ${} or {@code #{}) in any field. Answers the path of the first such field,
 * e.g. {@code orQueries[0].assigneeExpression}.
 */
final class TaskQueryExpressionDetector {

    /** The body is not JSON we can read; refused, because the engine might read it differently. */
    static final class UnreadableQueryException extends Exception {
        UnreadableQueryException(String message) {
            super(message);
        }
    }

    // Strict parser (no comments, no single quotes): what we cannot read, we do not pass on.
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private TaskQueryExpressionDetector() {}

    static boolean isExpressionField(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression") || hasExpressionSyntax(name);
    }

    static boolean hasExpressionSyntax(String text) {
        return text.contains("${") || text.contains("#{");
    }

    static Optional<String> inJson(byte[] body) throws UnreadableQueryException {
        return inJson(body, "");
    }

    private static Optional<String> inJson(byte[] body, String prefix) throws UnreadableQueryException {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && isExpressionField(parser.currentName())) {
                    return Optional.of(path(prefix, parser.getParsingContext()));
                }
                if (token == JsonToken.VALUE_STRING && hasExpressionSyntax(parser.getText())) {
                    return Optional.of(path(prefix, parser.getParsingContext()));
                }
            }
            return Optional.empty();
        } catch (IOException malformed) {
            throw new UnreadableQueryException("Task query body is not valid JSON");
        }
    }

    /** Checks the raw (still URL-encoded) query string of a request. */
    static Optional<String> inQueryString(String rawQuery) throws UnreadableQueryException {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (isExpressionField(name) || hasExpressionSyntax(value)) {
                return Optional.of(name);
            }
            String trimmed = value.trim();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                // e.g. orQueries=[{...}] as a parameter: look inside as well
                try {
                    Optional<String> nested = inJson(trimmed.getBytes(StandardCharsets.UTF_8), name);
                    if (nested.isPresent()) {
                        return nested;
                    }
                } catch (UnreadableQueryException notJson) {
                    // plain text that happens to start with a bracket; already checked above
                }
            }
        }
        return Optional.empty();
    }

    private static String decode(String encoded) throws UnreadableQueryException {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new UnreadableQueryException("Task query parameters are not correctly encoded");
        }
    }

    private static String path(String prefix, JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = prefix + String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
