package cn.gov.pingnan.accountability.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pingnan.accountability.Application;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Issue 2: the prod profile refuses to start without its own admin credentials and datasource. */
class ProductionProfileTest {

    @Test
    void prodProfileWithoutEnvironment_refusesToStartWithClearMessage() {
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("prod");
        assertThatThrownBy(() -> app.run("--server.port=0"))
                .isInstanceOf(MissingProductionSettingsException.class)
                .hasMessageContaining("ACCOUNTABILITY_ADMIN_USER")
                .hasMessageContaining("ACCOUNTABILITY_DB_URL");
    }

    @Test
    void prodProfileWithDemoPassword_isRefused() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("prod");
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "ACCOUNTABILITY_ADMIN_USER", "ops",
                                "ACCOUNTABILITY_ADMIN_PASSWORD", "demo",
                                "ACCOUNTABILITY_DB_URL", "jdbc:h2:mem:x",
                                "ACCOUNTABILITY_DB_USER", "sa",
                                "ACCOUNTABILITY_DB_PASSWORD", "x")));
        assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(environment, null))
                .isInstanceOf(MissingProductionSettingsException.class)
                .hasMessageContaining("demo password");
    }

    @Test
    void defaultProfileIsNotChecked() {
        StandardEnvironment environment = new StandardEnvironment();
        new ProductionSettingsCheck().postProcessEnvironment(environment, null);
        assertThat(environment.getActiveProfiles()).isEmpty();
    }

    @Test
    void failureAnalysisNamesTheVariablesAndWhatToDo() {
        FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer()
                .analyze(new MissingProductionSettingsException(java.util.List.of("ACCOUNTABILITY_DB_URL")));
        assertThat(analysis.getDescription()).contains("ACCOUNTABILITY_DB_URL").contains("拒绝启动");
        assertThat(analysis.getAction()).contains("docs/operations.md");
    }
}
