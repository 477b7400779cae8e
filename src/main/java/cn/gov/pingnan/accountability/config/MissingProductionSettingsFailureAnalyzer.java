package cn.gov.pingnan.accountability.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into a clear startup message instead of a stack trace. */
public class MissingProductionSettingsFailureAnalyzer
        extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MissingProductionSettingsException cause) {
        return new FailureAnalysis(
                "The 'prod' profile needs its own admin credentials and datasource. Missing: "
                        + String.join(", ", cause.getMissing())
                        + " (生产环境缺少必需的环境变量，系统拒绝启动)",
                "Set ACCOUNTABILITY_ADMIN_USER, ACCOUNTABILITY_ADMIN_PASSWORD, ACCOUNTABILITY_DB_URL, "
                        + "ACCOUNTABILITY_DB_USER and ACCOUNTABILITY_DB_PASSWORD in the environment, then start again. "
                        + "See docs/operations.md.",
                cause);
    }
}
