package cn.gov.pingnan.accountability.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The grounds of Art. 5–9 (R-5 … R-9) as data: the single source for forms, rules and reports.
 * loaded from {@code rules/grounds.json} or any stream/file the commission provides.
 */
public final class GroundsCatalogue {

    public static final String DEFAULT_RESOURCE = "rules/grounds.json";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, Ground> byCode;

    private GroundsCatalogue(List<Ground> grounds) {
        Map<String, Ground> map = new LinkedHashMap<>();
        for (int i = 0; i < grounds.size(); i++) {
            Ground g = grounds.get(i);
            String field = "grounds[" + i + "]";
            if (g == null || isBlank(g.code())) {
                throw new RuleViolationException(
                        field + ".code", "Catalogue item " + i + " has no code", "问责情形目录第" + (i + 1) + "项缺少编号");
            }
            if (isBlank(g.textZh())) {
                throw new RuleViolationException(
                        field + ".textZh",
                        "Catalogue item " + g.code() + " has no Chinese text",
                        "问责情形 " + g.code() + " 缺少中文条文");
            }
            // R-5…R-9: the code's article prefix must match the article it belongs to
            String articlePrefix =
                    g.code().contains(".") ? g.code().substring(0, g.code().indexOf('.')) : g.code();
            if (!articlePrefix.equals(String.valueOf(g.article()))) {
                throw new RuleViolationException(
                        field + ".article",
                        "Catalogue item " + g.code() + " does not belong to article " + g.article(),
                        "问责情形 " + g.code() + " 与所属条款第" + g.article() + "条不符");
            }
            if (map.putIfAbsent(g.code(), g) != null) {
                throw new RuleViolationException(
                        field + ".code", "Catalogue code " + g.code() + " appears twice", "问责情形编号 " + g.code() + " 重复");
            }
        }
        this.byCode = map;
    }

    public static GroundsCatalogue of(List<Ground> grounds) {
        return new GroundsCatalogue(List.copyOf(grounds));
    }

    /** the catalogue shipped with the application, {@value #DEFAULT_RESOURCE} on the classpath. */
    public static GroundsCatalogue loadDefault() {
        try (InputStream in = GroundsCatalogue.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** a catalogue the commission edited, as JSON {@code {"grounds":[{code, article, textZh, textEn, requirement}]}}. */
    public static GroundsCatalogue load(InputStream json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode list = root.isArray() ? root : root.path("grounds");
            List<Ground> grounds = new ArrayList<>();
            for (JsonNode item : list) {
                grounds.add(JSON.treeToValue(item, Ground.class));
            }
            return new GroundsCatalogue(grounds);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read grounds catalogue", e);
        }
    }

    public static GroundsCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All grounds in catalogue order. */
    public List<Ground> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Ground> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    public Ground require(String code) {
        return find(code).orElseThrow(() -> unknown("ground", code));
    }

    /**
     * Every case cites one or more catalogue items (R-5 … R-9); returns the grounds in the given order.
     * Field names: {@code grounds} for an empty list, {@code grounds[i]} for an unknown or repeated code.
     */
    public List<Ground> validateCodes(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new RuleViolationException(
                    "grounds", "A case must cite at least one ground of Art. 5-9", "至少须选择一项问责情形（第五条至第九条）");
        }
        List<Ground> result = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "grounds[" + i + "]";
            Ground g = find(codes.get(i)).orElseThrow(unknownSupplier(field, codes.get(i)));
            if (result.contains(g)) {
                throw new RuleViolationException(
                        field, "Ground " + g.code() + " is cited twice", "问责情形 " + g.code() + " 重复选择");
            }
            result.add(g);
        }
        return List.copyOf(result);
    }

    private static Supplier<RuleViolationException> unknownSupplier(String field, String code) {
        return () -> unknown(field, code);
    }

    private static RuleViolationException unknown(String field, String code) {
        return new RuleViolationException(field, "Unknown ground code '" + code + "'", "问责情形编号“" + code + "”不存在");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
