package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleTableRefusedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** a malformed rule table override of a county stops the start with its file named. */
public class RuleTableRefusedFailureAnalyzer extends AbstractFailureAnalyzer<RuleTableRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, RuleTableRefusedException cause) {
        return new FailureAnalysis(
                cause.getMessage() + " (县（区）规则表有误，系统停止启动：" + cause.file() + ")",
                "Fix the JSON file named above (same format as the default table in rules/ of the application) or "
                        + "remove it so that county " + cause.county() + " uses the default table, then start again. "
                        + "See docs/register.md.",
                cause);
    }
}
