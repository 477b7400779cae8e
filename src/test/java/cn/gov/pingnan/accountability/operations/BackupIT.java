package cn.gov.pingnan.accountability.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** Issue 6: operators take an online backup of the H2 file database; staff may not. */
@TestPropertySource(
        properties = {
            "pingnan.data-dir=target/backup-it",
            "spring.datasource.url=jdbc:h2:file:./target/backup-it/accountability-${random.uuid}"
        })
class BackupIT extends AbstractWebAppIT {

    @Test
    void adminTakesOnlineBackup_staffIsRefused() throws Exception {
        assertThat(as("zuzhibu")
                        .postForEntity("/api/operations/backup", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/operations/backup", null, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<Map<String, Object>> response = as("admin")
                .exchange("/api/operations/backup", HttpMethod.POST, null, new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path file = Path.of((String) response.getBody().get("file"));
        assertThat(file).exists();
        assertThat(Files.size(file)).isPositive();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.stream().map(e -> e.getName())).anyMatch(n -> n.endsWith(".mv.db"));
        }
    }
}
