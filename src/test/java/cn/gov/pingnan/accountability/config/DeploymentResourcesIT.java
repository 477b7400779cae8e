package cn.gov.pingnan.accountability.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 2: every diagram of processes/ and every Camunda Form of forms/ is deployed at startup. */
class DeploymentResourcesIT extends AbstractWebAppIT {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void everyBpmnAndFormOfTheProjectIsDeployed() throws IOException {
        List<String> expected = Stream.concat(filesIn("processes", ".bpmn"), filesIn("forms", ".form"))
                .toList();
        assertThat(expected).anyMatch(n -> n.endsWith(".form")).anyMatch(n -> n.endsWith(".bpmn"));

        List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName)
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .toList();
        assertThat(deployed).containsAll(expected);
    }

    private static Stream<String> filesIn(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).toList().stream();
        }
    }
}
