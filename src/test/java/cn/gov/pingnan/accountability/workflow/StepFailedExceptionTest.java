package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The incident message Cockpit shows: English, then Chinese, then the cause; short enough for the job table. */
class StepFailedExceptionTest {

    @Test
    void message_isEnglishSlashChineseColonCause() {
        StepFailedException e = new StepFailedException(
                "Register write failed for restriction 42",
                "影响期登记失败（编号 42）",
                new IllegalStateException("Connection refused\n\tat somewhere"));
        assertThat(e.getMessage())
                .isEqualTo("Register write failed for restriction 42 / 影响期登记失败（编号 42）：Connection refused");
    }

    @Test
    void ruleViolationCause_readsInChineseFirst() {
        StepFailedException e = new StepFailedException(
                "Register write failed for case PN-2026-0001, person P1",
                "影响期登记失败（案件 PN-2026-0001，人员 P1）",
                new RuleViolationException("createdBy", "The user recording the restrictions is missing", "缺少登记人"));
        assertThat(e.getMessage()).endsWith("：缺少登记人 (createdBy: The user recording the restrictions is missing)");
    }

    @Test
    void longCause_isCutToWhatTheJobTableKeeps() {
        StepFailedException e =
                new StepFailedException("Step failed", "步骤失败", new IllegalStateException("x".repeat(5000)));
        assertThat(e.getMessage())
                .hasSizeLessThanOrEqualTo(666)
                .startsWith("Step failed / 步骤失败：xxx")
                .endsWith("…");
    }

    @Test
    void withoutCause_theStepAlone() {
        assertThat(new StepFailedException("Restriction 7 is not in the register", "影响期登记簿中没有编号 7 的记录", null)
                        .getMessage())
                .isEqualTo("Restriction 7 is not in the register / 影响期登记簿中没有编号 7 的记录");
    }
}
