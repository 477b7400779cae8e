package cn.gov.pingnan.accountability.deployment;

import static cn.gov.pingnan.accountability.deployment.DiagramStarts.diagram;
import static cn.gov.pingnan.accountability.deployment.DiagramStarts.findCause;
import static cn.gov.pingnan.accountability.deployment.DiagramStarts.form;
import static cn.gov.pingnan.accountability.deployment.DiagramStarts.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 6: a diagram that references a form that does not exist stops the start-up naming the element. */
class MissingFormStartupIT {

    private static final String FORM_V1 = form("问题线索 v1");

    @Test
    void missingFormStopsStartupNamingTheElement() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "noform-");
        Files.createDirectories(root.resolve("forms"));
        Path processes = Files.createDirectories(root.resolve("processes"));
        Files.writeString(processes.resolve("probe-c.bpmn"), diagram("probe-c", "核实线索"));
        assertThatThrownBy(() -> start(root))
                .satisfies(e -> assertThat(findCause(e).getMessage())
                        .contains("probe-c.bpmn")
                        .contains("element 'verify'")
                        .contains("forms/probe-form.form"));
    }
}
