package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tasklist refuses to render a Camunda Form whose component ids repeat ("form field with id … already exists"). */
class FormStructureTest {

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms")).filter(p -> p.toString().endsWith(".form")).sorted().toList().stream();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void componentIdsAreUnique_andFormIdIsFileName(Path form) throws IOException {
        JsonNode root = new ObjectMapper().readTree(form.toFile());
        assertThat(root.get("id").asText() + ".form")
                .isEqualTo(form.getFileName().toString());
        List<String> ids = new ArrayList<>();
        collect(root.get("components"), ids);
        assertThat(ids).doesNotHaveDuplicates();
    }

    private static void collect(JsonNode components, List<String> ids) {
        if (components == null) {
            return;
        }
        for (JsonNode component : components) {
            ids.add(component.get("id").asText());
            collect(component.get("components"), ids);
        }
    }
}
