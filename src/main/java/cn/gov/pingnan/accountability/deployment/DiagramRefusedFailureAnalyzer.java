package cn.gov.pingnan.accountability.deployment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** At start-up a broken diagram stops the application with its message instead of running without it. */
public class DiagramRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DiagramRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, DiagramRefusedException cause) {
        return new FailureAnalysis(
                cause.getMessage() + " (流程图无法部署，系统停止启动：" + cause.getFile() + ")",
                "Fix the diagram named above in Camunda Modeler (the message names the element), then start again. "
                        + "See docs/modeler.md.",
                cause);
    }
}
