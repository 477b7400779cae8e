package cn.gov.pingnan.accountability.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.AbstractWebAppIT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** Issue 6: health for load balancers without credentials; metrics only for operators. */
// Spring Boot tests switch metrics export off unless asked: this test is about exactly that export
@AutoConfigureObservability
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class ActuatorIT extends AbstractWebAppIT {

    @Test
    @SuppressWarnings("unchecked")
    void healthIsOpenAndCoversDatabaseEngineAndJobExecutor() {
        ResponseEntity<Map<String, Object>> response =
                rest.exchange("/actuator/health", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "UP");
        Map<String, Object> components =
                (Map<String, Object>) response.getBody().get("components");
        assertThat(components).containsKeys("db", "processEngine", "jobExecutor");
        assertThat(response.getBody().toString()).doesNotContain("jdbc:");
    }

    @Test
    void prometheusMetricsOnlyForOperators() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("shouli")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("jiwei").getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> metrics = as("admin").getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }
}
