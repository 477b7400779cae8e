package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.pingnan.accountability.Application;
import cn.gov.pingnan.accountability.rules.RuleTableRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** a county's rule table override is used by the application; a malformed one stops the start naming it. */
class RuleTableOverrideStartupIT {

    @TempDir
    Path root;

    private ConfigurableApplicationContext start(String engine) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--pingnan.data-dir=" + root.resolve("data").toAbsolutePath(),
                        "--camunda.bpm.job-execution.enabled=false",
                        // a failed start must not leave the engine "default" registered for the next one
                        "--camunda.bpm.process-engine-name=" + engine);
    }

    @Test
    void R14_malformedOverrideRefusesTheStart_aValidOneIsUsedForItsCountyOnly() throws Exception {
        Path override =
                Files.createDirectories(root.resolve("data/rules/gangnan")).resolve("discipline-periods.json");
        Files.writeString(override, "{\"disciplines\": [ {\"type\": \"PARTY_WARNING\", ");

        assertThatThrownBy(() -> start("ruletables1")).satisfies(e -> {
            RuleTableRefusedException refused = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RuleTableRefusedException r) {
                    refused = r;
                }
            }
            assertThat(refused).as("cause of " + e).isNotNull();
            assertThat(refused.county()).isEqualTo("gangnan");
            assertThat(refused.getMessage()).contains(override.toString(), "county 'gangnan'", "malformed");
        });

        Files.writeString(override, """
                {"disciplines": [ {"type": "PARTY_WARNING", "labelZh": "党内警告", "months": 30} ]}""");
        try (ConfigurableApplicationContext app = start("ruletables2")) {
            CountyRules rules = app.getBean(CountyRules.class);
            assertThat(rules.disciplines("gangnan")
                            .find("PARTY_WARNING")
                            .orElseThrow()
                            .months())
                    .isEqualTo(30);
            assertThat(rules.disciplines("pingnan")
                            .find("PARTY_WARNING")
                            .orElseThrow()
                            .months())
                    .isEqualTo(12);
        }
    }
}
