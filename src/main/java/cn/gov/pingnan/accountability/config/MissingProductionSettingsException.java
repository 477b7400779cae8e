package cn.gov.pingnan.accountability.config;

import java.util.List;

/** Thrown at startup of the {@code prod} profile when required environment variables are absent. */
public class MissingProductionSettingsException extends RuntimeException {

    private final List<String> missing;

    public MissingProductionSettingsException(List<String> missing) {
        super("Profile 'prod' refuses to start: missing environment variables " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> getMissing() {
        return missing;
    }
}
