package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

    @Test
    void format_padsSequenceToFourDigits() {
        assertThat(CaseNumber.format("PN", 2026, 1)).isEqualTo("PN-2026-0001");
        assertThat(new CaseNumber("PN", 2026, 9999).toString()).isEqualTo("PN-2026-9999");
        assertThat(new CaseNumber("PN", 2017, 42).toString()).isEqualTo("PN-2017-0042");
    }

    @Test
    void parse_readsPrefixYearAndSequence() {
        assertThat(CaseNumber.parse("PN-2026-0001")).isEqualTo(new CaseNumber("PN", 2026, 1));
        assertThat(CaseNumber.parse(" PN-2019-0310 ")).isEqualTo(new CaseNumber("PN", 2019, 310));
    }

    /** Issue 14: each county numbers its cases with its own prefix (港南区 GN). */
    @ParameterizedTest
    @ValueSource(strings = {"GN-2026-0001", "PN-2026-0001", "XX-2026-0001"})
    void theCountysPrefix_isPartOfTheNumber(String text) {
        assertThat(CaseNumber.isValid(text)).isTrue();
        assertThat(CaseNumber.parse(text).toString()).isEqualTo(text);
        assertThat(CaseNumber.parse(text).prefix()).isEqualTo(text.substring(0, 2));
    }

    @Test
    void gangnansFirstCase() {
        assertThat(CaseNumber.parse("GN-2026-0001")).isEqualTo(new CaseNumber("GN", 2026, 1));
        assertThat(CaseNumber.parse("GN-2026-0001")).isNotEqualTo(CaseNumber.parse("PN-2026-0001"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "PN-2026-1",
                "pn-2026-0001",
                "PN-26-0001",
                "PN-2026-00001",
                "P-2026-0001",
                "PNX-2026-0001",
                "P1-2026-0001",
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
                    assertThat(e.messageZh()).isEqualTo("案件编号“PN-2026-1”格式应为 PN-年份-四位序号（PN 处为县区代码）");
                });
        assertThatThrownBy(() -> new CaseNumber("pn", 2026, 1))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("caseNumber.prefix"));
        assertThatThrownBy(() -> new CaseNumber("PN", 2026, 10000))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("caseNumber.sequence"));
        assertThatThrownBy(() -> new CaseNumber("PN", 2015, 1))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("caseNumber.year"));
    }
}
