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

/**
 * influence periods of party and government discipline, loaded from
 * {@code rules/discipline-periods.json} — they come from national regulations and are data, not code.
 */
public final class DisciplineCatalogue {

    public static final String DEFAULT_RESOURCE = "rules/discipline-periods.json";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, DisciplinePeriod> byType;

    private DisciplineCatalogue(List<DisciplinePeriod> periods) {
        Map<String, DisciplinePeriod> map = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            DisciplinePeriod p = periods.get(i);
            String field = "disciplines[" + i + "]";
            if (p == null || p.type() == null || p.type().isBlank()) {
                throw new RuleViolationException(
                        field + ".type", "Discipline entry " + i + " has no type", "处分影响期配置第" + (i + 1) + "项缺少处分类型");
            }
            if (p.months() < 1) {
                throw new RuleViolationException(
                        field + ".months",
                        "Discipline " + p.type() + " needs a positive influence period",
                        "处分“" + p.type() + "”的影响期须为正数月");
            }
            if (map.putIfAbsent(p.type(), p) != null) {
                throw new RuleViolationException(
                        field + ".type", "Discipline type " + p.type() + " appears twice", "处分类型“" + p.type() + "”重复");
            }
        }
        this.byType = map;
    }

    public static DisciplineCatalogue of(List<DisciplinePeriod> periods) {
        return new DisciplineCatalogue(List.copyOf(periods));
    }

    public static DisciplineCatalogue loadDefault() {
        try (InputStream in = DisciplineCatalogue.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON {@code {"disciplines":[{type, labelZh, months}]}} (a bare array is accepted too). */
    public static DisciplineCatalogue load(InputStream json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode list = root.isArray() ? root : root.path("disciplines");
            List<DisciplinePeriod> periods = new ArrayList<>();
            for (JsonNode item : list) {
                periods.add(JSON.treeToValue(item, DisciplinePeriod.class));
            }
            return new DisciplineCatalogue(periods);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read discipline periods", e);
        }
    }

    public static DisciplineCatalogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DisciplinePeriod> all() {
        return List.copyOf(byType.values());
    }

    public Optional<DisciplinePeriod> find(String type) {
        return type == null ? Optional.empty() : Optional.ofNullable(byType.get(type.trim()));
    }

    /** influence period in months; unknown type → field {@code disciplines[i].type} with i unknown, see overload. */
    public int monthsOf(String type) {
        return monthsOf(type, "disciplines[i].type");
    }

    /** as {@link #monthsOf(String)}, reporting the field {@code disciplines[index].type}. */
    public int monthsOf(String type, int index) {
        return monthsOf(type, "disciplines[" + index + "].type");
    }

    private int monthsOf(String type, String field) {
        return find(type)
                .map(DisciplinePeriod::months)
                .orElseThrow(() -> new RuleViolationException(
                        field,
                        "Unknown discipline type '" + type + "'; known: " + byType.keySet(),
                        "处分类型“" + type + "”未配置影响期，请联系县纪委维护处分影响期表"));
    }
}
