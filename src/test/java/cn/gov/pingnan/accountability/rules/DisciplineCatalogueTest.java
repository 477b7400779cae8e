package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisciplineCatalogueTest {

    private final DisciplineCatalogue catalogue = DisciplineCatalogue.loadDefault();

    @ParameterizedTest(name = "{0} {1} = {2} months")
    @CsvSource({
        "PARTY_WARNING, 党内警告, 12",
        "PARTY_SERIOUS_WARNING, 党内严重警告, 18",
        "PARTY_POST_REVOCATION, 撤销党内职务, 24",
        "GOV_WARNING, 警告, 6",
        "GOV_DEMERIT, 记过, 12",
        "GOV_MAJOR_DEMERIT, 记大过, 18",
        "GOV_DEMOTION, 降级, 24",
        "GOV_DISMISSAL_FROM_POST, 撤职, 24",
    })
    void defaultPeriods_matchTheRegulations_R12_4(String type, String labelZh, int months) {
        assertThat(catalogue.monthsOf(type)).isEqualTo(months);
        assertThat(catalogue.find(type)).hasValue(new DisciplinePeriod(type, labelZh, months));
    }

    @Test
    void defaultCatalogue_holdsExactlyEightTypes_R12_4() {
        assertThat(catalogue.all())
                .extracting(DisciplinePeriod::type)
                .containsExactly(
                        "PARTY_WARNING",
                        "PARTY_SERIOUS_WARNING",
                        "PARTY_POST_REVOCATION",
                        "GOV_WARNING",
                        "GOV_DEMERIT",
                        "GOV_MAJOR_DEMERIT",
                        "GOV_DEMOTION",
                        "GOV_DISMISSAL_FROM_POST");
    }

    @Test
    void unknownType_isRejectedWithFieldName_R12_4() {
        assertThatThrownBy(() -> catalogue.monthsOf("PARTY_EXPULSION"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("disciplines[i].type");
                    assertThat(e.getMessage()).startsWith("Unknown discipline type 'PARTY_EXPULSION'");
                });
        assertThatThrownBy(() -> catalogue.monthsOf(null, 3))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("disciplines[3].type"));
    }

    @Test
    void periodsLoadFromAnyStreamOrFile_R14(@TempDir Path dir) throws Exception {
        String json = """
                [{"type":"PARTY_EXPULSION","labelZh":"开除党籍","months":60}]""";
        DisciplineCatalogue fromStream =
                DisciplineCatalogue.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromStream.monthsOf("PARTY_EXPULSION")).isEqualTo(60);
        Path file = Files.writeString(
                dir.resolve("periods.json"),
                "{\"disciplines\":[{\"type\":\"GOV_WARNING\",\"labelZh\":\"警告\",\"months\":9}]}");
        assertThat(DisciplineCatalogue.load(file).monthsOf("GOV_WARNING")).isEqualTo(9);
    }

    @Test
    void badData_duplicateTypeOrNonPositiveMonths_isRejected_R14() {
        String dup = "[{\"type\":\"GOV_WARNING\",\"months\":6},{\"type\":\"GOV_WARNING\",\"months\":7}]";
        assertThatThrownBy(
                        () -> DisciplineCatalogue.load(new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("disciplines[1].type"));
        String zero = "[{\"type\":\"GOV_WARNING\",\"months\":0}]";
        assertThatThrownBy(
                        () -> DisciplineCatalogue.load(new ByteArrayInputStream(zero.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("disciplines[0].months"));
    }
}
