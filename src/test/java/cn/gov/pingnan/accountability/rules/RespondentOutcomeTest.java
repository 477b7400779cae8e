package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespondentOutcomeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void circulatedCriticism_showsApproverDateRectificationAndRestriction_R10_2_R4_2_R12_5() {
        RespondentOutcome outcome = new RespondentOutcome(
                "张三",
                Measure.CIRCULATED_CRITICISM,
                "李乡镇",
                DAY,
                false,
                List.of(),
                true,
                "已整改",
                false,
                List.of(new RespondentOutcome.Restriction("取消当年评优评先资格", DAY, LocalDate.of(2027, 1, 1))));
        assertThat(outcome.lineZh())
                .isEqualTo("张三 — 问责方式：通报批评；李乡镇 于 2026-03-02 批准；整改：整改到位（已整改）；"
                        + "影响期：取消当年评优评先资格 2026-03-02 起，2027-01-01 解除");
    }

    @Test
    void disciplineAndCommissionTakeover_namedWithDates_R10_4_R13_2() {
        RespondentOutcome outcome = new RespondentOutcome(
                "王五",
                Measure.REASSIGNMENT,
                "赵纪委",
                DAY,
                true,
                List.of(new RespondentOutcome.Discipline("记大过", DAY)),
                null,
                null,
                false,
                List.of());
        assertThat(outcome.lineZh())
                .isEqualTo("王五 — 问责方式：调离岗位；县纪委监委直接问责，赵纪委 于 2026-03-02 批准；" + "党纪政纪处分：记大过（2026-03-02 生效）；影响期：无");
    }

    @Test
    void judicialTransferWithoutMeasureOrApproval_saysSoAndShowsNoCodes_R10_5() {
        RespondentOutcome outcome = new RespondentOutcome(null, null, null, null, false, null, null, null, true, null);
        assertThat(outcome.lineZh()).isEqualTo("— — 问责方式：未作问责决定；已移送司法机关；影响期：无");
    }
}
