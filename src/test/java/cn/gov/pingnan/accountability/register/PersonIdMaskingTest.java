package cn.gov.pingnan.accountability.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Log lines name a person by the tail of the id only; the register keeps the whole id. */
class PersonIdMaskingTest {

    @ParameterizedTest
    @CsvSource(
            value = {
                "452123199001011234 | **************1234", // resident ID card number: last four
                "'  45212319900101123X ' | **************123X", // trimmed as the register trims it
                "P2026101 | ******01", // staff number: last two
                "P-1 | ***", // too short to show anything
                "'' | (none)",
                "'   ' | (none)",
                "NULL | (none)"
            },
            delimiter = '|',
            nullValues = "NULL")
    void mask_showsOnlyTheTail(String personId, String logged) {
        assertThat(PersonIdMasking.mask(personId)).isEqualTo(logged);
    }
}
