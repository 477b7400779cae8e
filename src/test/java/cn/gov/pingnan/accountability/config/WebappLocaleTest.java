package cn.gov.pingnan.accountability.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the Simplified Chinese (zh) locale of the Camunda 7.24 webapps (welcome, tasklist,
 * cockpit, admin) that this project ships in {@code src/main/resources/META-INF/resources/webjars/camunda/app}.
 *
 * <p>Plain unit test, no Spring context. The English originals are read from the
 * {@code camunda-webapp-webjar} jar on the test classpath; our own files are read from the
 * project's output directory (a {@code file:} URL) — both live under the same classpath path.
 */
class WebappLocaleTest {

    private static final String APP_PATH = "META-INF/resources/webjars/camunda/app/";
    private static final String WEBJAR = "camunda-webapp-webjar";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {{ name }}, {{count}} … exactly as written (inner spacing included). */
    private static final Pattern ANGULAR_PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    /** moment.js relativeTime (%s, %d) and messageformat-style "{}" placeholders. */
    private static final Pattern OTHER_PLACEHOLDER = Pattern.compile("%[sd]|\\{}");
    /** Real HTML markup only: "<null>", "<Operation>" … are display text, not tags. */
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|br|strong|em|b|i|code|span|p|div|ul|li)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /**
     * Keys whose HTML markup is deliberately not carried over. The Camunda 7 CE end-of-life banner
     * links to the Camunda 8 migration guide; the zh text only states that the system runs on
     * Camunda 7 CE (and the banner is hidden by user-styles.css anyway).
     */
    private static final Set<String> MARKUP_MAY_DIFFER = Set.of("labels.BANNER_CE_EOL_TEXT");

    // ---------------------------------------------------------------- zh.json vs en.json

    @Test
    void welcomeZhHasEveryKeyOfEn() throws IOException {
        assertZhMatchesEn("welcome");
    }

    @Test
    void tasklistZhHasEveryKeyOfEn() throws IOException {
        assertZhMatchesEn("tasklist");
    }

    @Test
    void cockpitZhHasEveryKeyOfEn() throws IOException {
        assertZhMatchesEn("cockpit");
    }

    @Test
    void adminZhHasEveryKeyOfEn() throws IOException {
        assertZhMatchesEn("admin");
    }

    // ---------------------------------------------------------------- config.js

    @Test
    void welcomeConfigOffersZhAndFallsBackToEn() throws IOException {
        assertConfigOffersZh("welcome");
    }

    @Test
    void tasklistConfigOffersZhAndFallsBackToEn() throws IOException {
        assertConfigOffersZh("tasklist");
    }

    @Test
    void cockpitConfigOffersZhAndFallsBackToEn() throws IOException {
        assertConfigOffersZh("cockpit");
    }

    @Test
    void adminConfigOffersZhAndFallsBackToEn() throws IOException {
        assertConfigOffersZh("admin");
    }

    @Test
    void communityEditionEndOfLifeBannerIsHiddenInEveryApp() throws IOException {
        for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
            String css = stripComments(read(ours(app, "styles/user-styles.css")));
            Matcher rule = Pattern.compile("\\.ce-eol-banner\\s*\\{([^}]*)}").matcher(css);
            assertTrue(rule.find(), app + ": user-styles.css has no .ce-eol-banner rule");
            assertTrue(
                    rule.group(1).replaceAll("\\s", "").contains("display:none"),
                    app + ": .ce-eol-banner is not hidden: " + rule.group(1));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertZhMatchesEn(String app) throws IOException {
        Map<String, JsonNode> en = flatten(JSON.readTree(read(original(app, "locales/en.json"))));
        Map<String, JsonNode> zh = flatten(JSON.readTree(read(ours(app, "locales/zh.json"))));

        Set<String> missing = new TreeSet<>(en.keySet());
        missing.removeAll(zh.keySet());
        Set<String> extra = new TreeSet<>(zh.keySet());
        extra.removeAll(en.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(app + "/locales/zh.json does not have the keys of en.json: " + missing.size() + " missing " + missing
                    + ", " + extra.size() + " extra " + extra);
        }

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
            String key = entry.getKey();
            JsonNode enValue = entry.getValue();
            JsonNode zhValue = zh.get(key);

            if (enValue.isNumber()) {
                if (!zhValue.isNumber() || enValue.asInt() != zhValue.asInt()) {
                    problems.add(key + ": number " + enValue + " became " + zhValue);
                }
                continue;
            }
            if (!zhValue.isTextual() || zhValue.asText().isBlank()) {
                problems.add(key + ": empty or not a string: " + zhValue);
                continue;
            }
            String enText = enValue.asText();
            String zhText = zhValue.asText();
            compare(problems, key, "placeholders {{…}}", ANGULAR_PLACEHOLDER, enText, zhText);
            compare(problems, key, "placeholders %s/%d/{}", OTHER_PLACEHOLDER, enText, zhText);
            if (!MARKUP_MAY_DIFFER.contains(key)) {
                compare(problems, key, "HTML tags", HTML_TAG, enText, zhText);
            }
        }
        assertTrue(
                problems.isEmpty(),
                app + "/locales/zh.json: " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    private static void compare(List<String> problems, String key, String what, Pattern pattern, String en, String zh) {
        List<String> inEn = all(pattern, en);
        List<String> inZh = all(pattern, zh);
        if (!inEn.equals(inZh)) {
            problems.add(key + ": " + what + " differ, en " + inEn + " zh " + inZh);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    private static void assertConfigOffersZh(String app) throws IOException {
        URL ours = ours(app, "scripts/config.js");
        // Our file must shadow the webjar's one: Spring serves the first match on the classpath,
        // and in the Boot jar BOOT-INF/classes comes before BOOT-INF/lib, as target/classes does here.
        URL first = Thread.currentThread().getContextClassLoader().getResource(APP_PATH + app + "/scripts/config.js");
        assertEquals(ours, first, app + ": our config.js is not the first one on the classpath");

        String config = stripComments(read(ours));
        Matcher available =
                Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(config);
        assertTrue(available.find(), app + ": config.js sets no locales.availableLocales");
        List<String> locales = new ArrayList<>();
        Matcher quoted = Pattern.compile("['\"]([^'\"]+)['\"]").matcher(available.group(1));
        while (quoted.find()) {
            locales.add(quoted.group(1));
        }
        assertTrue(locales.contains("zh"), app + ": 'zh' not offered: " + locales);
        assertTrue(locales.contains("en"), app + ": 'en' not offered: " + locales);

        Matcher fallback =
                Pattern.compile("fallbackLocale\\s*:\\s*['\"]([^'\"]+)['\"]").matcher(config);
        assertTrue(fallback.find(), app + ": config.js sets no locales.fallbackLocale");
        assertEquals("en", fallback.group(1), app + ": fallbackLocale");
        assertFalse(fallback.find(), app + ": more than one fallbackLocale in config.js");

        // everything the original config sets is still set (tasklist: the keyboard shortcuts)
        String originalConfig = stripComments(read(original(app, "scripts/config.js")));
        Matcher shortcut = Pattern.compile("key\\s*:\\s*'([^']+)'").matcher(originalConfig);
        while (shortcut.find()) {
            assertTrue(
                    config.contains("'" + shortcut.group(1) + "'"),
                    app + ": shortcut " + shortcut.group(1) + " of the original config.js is lost");
        }
    }

    /** Flattens objects to "a.b" and arrays to "a[0]"; leaves are the value nodes. */
    private static Map<String, JsonNode> flatten(JsonNode root) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        flatten("", root, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), flat);
            }
        } else {
            flat.put(prefix, node);
        }
    }

    /** The file as shipped in the camunda-webapp-webjar jar. */
    private static URL original(String app, String file) throws IOException {
        for (URL url : resources(app, file)) {
            if (url.toString().contains(WEBJAR)) {
                return url;
            }
        }
        throw new AssertionError(APP_PATH + app + "/" + file + " not found in " + WEBJAR + " on the test classpath");
    }

    /** Our file from src/main/resources (target/classes: a plain file, not inside a jar). */
    private static URL ours(String app, String file) throws IOException {
        for (URL url : resources(app, file)) {
            if ("file".equals(url.getProtocol())) {
                return url;
            }
        }
        throw new AssertionError(APP_PATH + app + "/" + file + " not found in src/main/resources");
    }

    private static List<URL> resources(String app, String file) throws IOException {
        return Collections.list(
                Thread.currentThread().getContextClassLoader().getResources(APP_PATH + app + "/" + file));
    }

    private static String read(URL url) throws IOException {
        assertNotNull(url);
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // the webjar's en.json has a BOM
        }
    }

    /** Removes JS/CSS comments so that commented-out sample settings are not mistaken for real ones. */
    private static String stripComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
