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

/** Issue 6: a diagram the engine cannot parse stops the start-up with a message naming the file and the element. */
class BrokenDiagramStartupIT {

    private static final String FORM_V1 = form("问题线索 v1");

    @Test
    void brokenDiagramStopsStartupNamingFileAndElement() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "broken-");
        Path processes = Files.createDirectories(root.resolve("processes"));
        Files.createDirectories(root.resolve("forms"));
        Files.writeString(root.resolve("forms/probe-form.form"), FORM_V1);
        // a sequence flow that leads nowhere
        Files.writeString(
                processes.resolve("probe-broken.bpmn"),
                diagram("probe-broken", "核实线索")
                        .replace(
                                "sourceRef=\"verify\" targetRef=\"end\"",
                                "sourceRef=\"verify\" targetRef=\"nowhere\""));
        assertThatThrownBy(() -> start(root))
                .hasRootCauseInstanceOf(Exception.class)
                .satisfies(e -> {
                    DiagramRefusedException refused = findCause(e);
                    assertThat(refused.getMessage())
                            .contains("probe-broken.bpmn")
                            .contains("f2")
                            .contains("nowhere");
                });
    }
}
