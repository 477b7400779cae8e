package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.rules.CaseRole;
import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.EmploymentStatus;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.ManagementLevel;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.PersonCategory;
import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.SeverityGrade;
import cn.gov.pingnan.accountability.rules.SignatoryExclusionReason;
import cn.gov.pingnan.accountability.rules.WorkField;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The choice lists of the Camunda Forms equal the rules' data exactly (R-14: one source for forms and rules). */
class FormChoicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** value → label of every select/checklist/radio, by field key, over all forms. */
    private static Map<String, List<List<String>>> choices() throws IOException {
        Map<String, List<List<String>>> byKey = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(JSON.readTree(f.toFile()).get("components"), byKey);
            }
        }
        return byKey;
    }

    private static void collect(JsonNode components, Map<String, List<List<String>>> byKey) {
        for (JsonNode c : components) {
            if (c.has("values") && c.has("key")) {
                List<List<String>> values = new ArrayList<>();
                c.get("values")
                        .forEach(v -> values.add(
                                List.of(v.get("value").asText(), v.get("label").asText())));
                List<List<String>> previous = byKey.put(c.get("key").asText(), values);
                assertThat(previous == null || previous.equals(values))
                        .as("same list everywhere for " + c.get("key"))
                        .isTrue();
            }
            if (c.has("components")) {
                collect(c.get("components"), byKey);
            }
        }
    }

    private static <E extends Enum<E>> List<List<String>> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> List.of(e.name(), label.apply(e)))
                .toList();
    }

    @Test
    void groundsChecklistEqualsCatalogue_R5_to_R9_R14() throws IOException {
        List<List<String>> expected = GroundsCatalogue.loadDefault().all().stream()
                .map(g -> List.of(g.code(), g.code() + " " + g.textZh()))
                .toList();
        assertThat(choices().get("grounds")).isEqualTo(expected);
    }

    @Test
    void measureSelectEqualsMeasures_R10() throws IOException {
        assertThat(choices().get("reviewMeasure")).isEqualTo(of(Measure.class, Measure::labelZh));
    }

    @Test
    void disciplineTypesEqualConfiguredPeriods_R10_4_R12_4() throws IOException {
        List<List<String>> expected = DisciplineCatalogue.loadDefault().all().stream()
                .map(d -> List.of(d.type(), d.labelZh()))
                .toList();
        assertThat(choices().get("type")).isEqualTo(expected);
    }

    @Test
    void enumSelectsEqualTheRulesEnums() throws IOException {
        Map<String, List<List<String>>> c = choices();
        assertThat(c.get("workField")).isEqualTo(of(WorkField.class, WorkField::labelZh));
        assertThat(c.get("kind")).isEqualTo(of(RespondentKind.class, RespondentKind::labelZh));
        for (String key : List.of("category", "signerCategory")) {
            assertThat(c.get(key)).isEqualTo(of(PersonCategory.class, PersonCategory::labelZh));
        }
        for (String key : List.of("managementLevel", "signerLevel")) {
            assertThat(c.get(key)).isEqualTo(of(ManagementLevel.class, ManagementLevel::labelZh));
        }
        for (String key : List.of("employmentStatus", "signerStatus", "partyHeadStatus", "adminHeadStatus")) {
            assertThat(c.get(key)).isEqualTo(of(EmploymentStatus.class, EmploymentStatus::labelZh));
        }
        for (String key : List.of("role", "signerRole")) {
            assertThat(c.get(key)).isEqualTo(of(CaseRole.class, CaseRole::labelZh));
        }
        for (String key : List.of("reviewGrade", "severityGrade", "signerGrade")) {
            assertThat(c.get(key)).isEqualTo(of(SeverityGrade.class, SeverityGrade::labelZh));
        }
        assertThat(c.get("exclusionCode"))
                .isEqualTo(of(SignatoryExclusionReason.class, SignatoryExclusionReason::labelZh));
        assertThat(c.get("verificationDecision"))
                .extracting(v -> v.get(0))
                .containsExactlyInAnyOrderElementsOf(CheckLeadVerificationListener.DECISIONS);
    }

    @Test
    void topLevelFormFieldsAreDeclaredProcessVariables() throws Exception {
        Set<String> declared = new HashSet<>();
        for (Field f : CaseVariables.class.getFields()) {
            declared.add((String) f.get(null));
        }
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                for (JsonNode c : JSON.readTree(f.toFile()).get("components")) {
                    List<JsonNode> fields = new ArrayList<>();
                    if ("group".equals(c.path("type").asText())) {
                        c.get("components").forEach(fields::add);
                    } else {
                        fields.add(c);
                    }
                    for (JsonNode field : fields) {
                        String name = field.has("path")
                                ? field.get("path").asText()
                                : field.path("key").asText(null);
                        if (name != null) {
                            assertThat(declared)
                                    .as(f.getFileName() + ": " + name)
                                    .contains(name);
                        }
                    }
                }
            }
        }
    }
}
