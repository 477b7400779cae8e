package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @Test
    void format_padsSequenceToFourDigits() {
        assertThat(CaseNumber.format(2026, 1)).isEqualTo("PN-2026-0001");
        assertThat(new CaseNumber(2026, 9999).toString()).isEqualTo("PN-2026-9999");
        assertThat(new CaseNumber(2017, 42).toString()).isEqualTo("PN-2017-0042");
    }

    @Test
    void parse_readsYearAndSequence() {
        assertThat(CaseNumber.parse("PN-2026-0001")).isEqualTo(new CaseNumber(2026, 1));
        assertThat(CaseNumber.parse(" PN-2019-0310 ")).isEqualTo(new CaseNumber(2019, 310));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "PN-2026-1",
                "pn-2026-0001",
                "PN-26-0001",
                "PN-2026-00001",
                "XX-2026-0001",
                "PN-2026-0000",
                "PN-2015-0001"
            })
    void malformedOrOutOfRange_isInvalid(String text) {
        assertThat(CaseNumber.isValid(text)).isFalse();
        assertThatThrownBy(() -> CaseNumber.parse(text)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void invalidParts_nameTheField() {
        assertThat(CaseNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> CaseNumber.parse("PN-2026-1"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("caseNumber");
                    assertThat(e.messageZh()).isEqualTo("案件编号“PN-2026-1”格式应为 PN-年份-四位序号");
                });
        assertThatThrownBy(() -> new CaseNumber(2026, 10000))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("caseNumber.sequence"));
        assertThatThrownBy(() -> new CaseNumber(2015, 1))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("caseNumber.year"));
    }
}
