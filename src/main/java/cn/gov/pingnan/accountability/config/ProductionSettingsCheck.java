package cn.gov.pingnan.accountability.config;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without its own admin credentials and datasource:
 * a production system must never fall back to the demo password or to an embedded database.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

    static final List<String> REQUIRED = List.of(
            "ACCOUNTABILITY_ADMIN_USER",
            "ACCOUNTABILITY_ADMIN_PASSWORD",
            "ACCOUNTABILITY_DB_URL",
            "ACCOUNTABILITY_DB_USER",
            "ACCOUNTABILITY_DB_PASSWORD");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = REQUIRED.stream()
                .filter(name -> isBlank(environment.getProperty(name)))
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingProductionSettingsException(missing);
        }
        if ("demo".equals(environment.getProperty("ACCOUNTABILITY_ADMIN_PASSWORD"))) {
            throw new MissingProductionSettingsException(
                    List.of("ACCOUNTABILITY_ADMIN_PASSWORD (must not be the demo password)"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
