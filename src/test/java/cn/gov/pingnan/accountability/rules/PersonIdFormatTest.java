package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonIdFormatTest {

    @Test
    void commissionIdsAndResidentIdsHaveTheShape_R12_5() {
        assertThat(PersonIdFormat.looksLikePersonId("P2026001")).isTrue();
        assertThat(PersonIdFormat.looksLikePersonId("45088119800101123X")).isTrue();
        assertThat(PersonIdFormat.looksLikePersonId("P 2026")).isFalse();
        assertThat(PersonIdFormat.looksLikePersonId("P2026#1")).isFalse();
        assertThat(PersonIdFormat.looksLikePersonId("张三")).isFalse();
    }

    @Test
    void aNameIsTakenAsItIsAndAnIdOfTheWrongShapeIsRefusedInChinese() {
        assertThat(PersonIdFormat.requireIdOrName(" 张三 ", "person")).isEqualTo("张三");
        assertThatThrownBy(() -> PersonIdFormat.requireIdOrName("P20#26", "person"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("person");
                    assertThat(e.messageZh()).contains("格式不正确");
                });
    }
}
