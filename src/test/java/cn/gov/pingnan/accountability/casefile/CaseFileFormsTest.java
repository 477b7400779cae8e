package cn.gov.pingnan.accountability.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every field of a list in the Camunda Forms is a component of its case-file record, so a field added
 * to a form without its record (or renamed in one of them) fails here, not in a running case.
 */
class CaseFileFormsTest {

    /** The form lists (dynamiclist key) and the record of one entry. */
    private static final Map<String, Class<? extends Record>> RECORD_OF_LIST = Map.of(
            "respondents", IntakeRespondent.class,
            "findings", Finding.class,
            "signatories", SignatoryEntry.class,
            "disciplines", DisciplineEntry.class);

    @Test
    void everyFieldOfAFormList_isAComponentOfItsRecord() throws IOException {
        Map<String, Set<String>> fieldsOfList = formListFields();
        assertThat(fieldsOfList.keySet())
                .as("the lists of the forms")
                .isEqualTo(new TreeSet<>(RECORD_OF_LIST.keySet()));
        fieldsOfList.forEach((list, fields) -> assertThat(components(RECORD_OF_LIST.get(list)))
                .as("components of " + RECORD_OF_LIST.get(list).getSimpleName() + " (form list " + list + ")")
                .containsAll(fields));
    }

    @Test
    void intakeRespondent_isExactlyTheIntakeFormsList() throws IOException {
        assertThat(components(IntakeRespondent.class))
                .isEqualTo(formListFields().get("respondents"));
    }

    @Test
    void finding_carriesTheIntakeDataAndTheInvestigationFields() throws IOException {
        Set<String> expected = new TreeSet<>(components(IntakeRespondent.class));
        expected.addAll(formListFields().get("findings"));
        assertThat(components(Finding.class)).isEqualTo(expected);
    }

    @Test
    void signatoryEntry_isExactlyTheSignatoryList() throws IOException {
        assertThat(components(SignatoryEntry.class)).isEqualTo(formListFields().get("signatories"));
    }

    @Test
    void disciplineEntry_isExactlyTheDisciplineList() throws IOException {
        assertThat(components(DisciplineEntry.class)).isEqualTo(formListFields().get("disciplines"));
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Keys of the input fields inside each dynamiclist of every form, merged over forms. */
    private static Map<String, Set<String>> formListFields() throws IOException {
        Map<String, Set<String>> lists = new TreeMap<>();
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        for (Path form : forms) {
            collect(new ObjectMapper().readTree(form.toFile()).get("components"), null, lists);
        }
        return lists;
    }

    private static void collect(JsonNode components, String list, Map<String, Set<String>> lists) {
        if (components == null) {
            return;
        }
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            String key = c.hasNonNull("key") ? c.get("key").asText() : null;
            if ("dynamiclist".equals(type)) {
                String path = c.path("path").asText(key);
                lists.computeIfAbsent(path, k -> new TreeSet<>());
                collect(c.get("components"), path, lists);
            } else {
                if (list != null && key != null) {
                    lists.get(list).add(key);
                }
                collect(c.get("components"), list, lists);
            }
        }
    }
}
