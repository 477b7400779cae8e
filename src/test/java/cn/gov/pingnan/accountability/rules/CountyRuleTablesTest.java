package cn.gov.pingnan.accountability.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** each county may replace the grounds catalogue and the influence periods; the shipped tables are the default. */
class CountyRuleTablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COUNTIES = List.of("pingnan", "gangnan");
    private static final ClassLoader CLASSPATH = CountyRuleTablesTest.class.getClassLoader();

    @TempDir
    Path dataDir;

    private Path write(String county, String file, String content) throws Exception {
        Path path = dataDir.resolve("rules").resolve(county).resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private static String defaultGroundsWithText(String code, String textZh) throws Exception {
        try (InputStream in = CLASSPATH.getResourceAsStream(GroundsCatalogue.DEFAULT_RESOURCE)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            root.withArray("grounds").forEach(g -> {
                if (code.equals(g.get("code").asText())) {
                    ((ObjectNode) g).put("textZh", textZh);
                }
            });
            return JSON.writeValueAsString(root);
        }
    }

    @Test
    void R14_withoutOverridesEveryCountyHasTheDefaultTables() {
        CountyRuleTables tables = CountyRuleTables.load(COUNTIES, dataDir, CLASSPATH);
        GroundsCatalogue defaults = GroundsCatalogue.loadDefault();
        for (String county : COUNTIES) {
            assertThat(tables.overrides(county)).isFalse();
            assertThat(tables.grounds(county).all()).isEqualTo(defaults.all());
            assertThat(tables.disciplines(county).all())
                    .isEqualTo(DisciplineCatalogue.loadDefault().all());
        }
        assertThat(tables.grounds(null).all()).isEqualTo(defaults.all());
        assertThat(tables.grounds("unknown").all()).isEqualTo(defaults.all());
    }

    @Test
    void R14_aCountysGroundsOverrideAppliesToThatCountyOnly() throws Exception {
        write("gangnan", "grounds.json", defaultGroundsWithText("5.1", "港南区表述：未按精准识别要求纳入帮扶范围的；"));

        CountyRuleTables tables = CountyRuleTables.load(COUNTIES, dataDir, CLASSPATH);

        assertThat(tables.overrides("gangnan")).isTrue();
        assertThat(tables.grounds("gangnan").require("5.1").textZh()).startsWith("港南区表述");
        assertThat(tables.grounds("pingnan").require("5.1").textZh())
                .isEqualTo(GroundsCatalogue.loadDefault().require("5.1").textZh());
        // the discipline periods were not overridden: gangnan keeps the default ones
        assertThat(tables.disciplines("gangnan").all())
                .isEqualTo(DisciplineCatalogue.loadDefault().all());
    }

    @Test
    void R14_R12_4_aCountysInfluencePeriodsChangeItsCalculatorOnly() throws Exception {
        write("gangnan", "discipline-periods.json", """
                {"disciplines": [
                  {"type": "PARTY_WARNING", "labelZh": "党内警告", "months": 24}
                ]}""");
        CountyRuleTables tables = CountyRuleTables.load(COUNTIES, dataDir, CLASSPATH);

        assertThat(tables.disciplines("gangnan")
                        .find("PARTY_WARNING")
                        .orElseThrow()
                        .months())
                .isEqualTo(24);
        assertThat(tables.disciplines("pingnan")
                        .find("PARTY_WARNING")
                        .orElseThrow()
                        .months())
                .isEqualTo(12);
        LocalDate effective = LocalDate.of(2026, 3, 2);
        List<DisciplineImposed> warning = List.of(new DisciplineImposed("PARTY_WARNING", effective));
        LocalDate gangnanUntil =
                latestUntil(tables.calculator("gangnan").compute(Measure.REASSIGNMENT, effective, warning));
        LocalDate pingnanUntil =
                latestUntil(tables.calculator("pingnan").compute(Measure.REASSIGNMENT, effective, warning));
        assertThat(gangnanUntil).isAfter(pingnanUntil);
    }

    private static LocalDate latestUntil(List<RestrictionPeriod> periods) {
        return periods.stream()
                .map(RestrictionPeriod::until)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    @Test
    void R14_anOverrideOnTheClasspathCountsToo_theDataDirectoryWins() throws Exception {
        Path jar = Files.createDirectories(dataDir.resolve("cp"));
        Path resource = jar.resolve("rules/gangnan/grounds.json");
        Files.createDirectories(resource.getParent());
        Files.writeString(resource, defaultGroundsWithText("5.1", "类路径表述"), StandardCharsets.UTF_8);
        try (URLClassLoader classpath =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, CLASSPATH)) {
            assertThat(CountyRuleTables.load(COUNTIES, null, classpath)
                            .grounds("gangnan")
                            .require("5.1")
                            .textZh())
                    .isEqualTo("类路径表述");
            write("gangnan", "grounds.json", defaultGroundsWithText("5.1", "数据目录表述"));
            assertThat(CountyRuleTables.load(COUNTIES, dataDir, classpath)
                            .grounds("gangnan")
                            .require("5.1")
                            .textZh())
                    .isEqualTo("数据目录表述");
        }
    }

    @Test
    void R14_aMalformedOverrideRefusesTheStartNamingCountyAndFile() throws Exception {
        Path broken = write("gangnan", "grounds.json", "{\"grounds\": [ {\"code\": ");
        assertThatThrownBy(() -> CountyRuleTables.load(COUNTIES, dataDir, CLASSPATH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("county 'gangnan'")
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("malformed");
    }

    @Test
    void R14_anOverrideWithoutEntriesOrWithADuplicateIsRefused() throws Exception {
        write("gangnan", "discipline-periods.json", "{\"disciplines\": []}");
        assertThatThrownBy(() -> CountyRuleTables.load(COUNTIES, dataDir, CLASSPATH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lists no entry");
        write("gangnan", "discipline-periods.json", """
                {"disciplines": [
                  {"type": "PARTY_WARNING", "labelZh": "党内警告", "months": 12},
                  {"type": "PARTY_WARNING", "labelZh": "党内警告", "months": 18}
                ]}""");
        assertThatThrownBy(() -> CountyRuleTables.load(COUNTIES, dataDir, CLASSPATH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("appears twice");
    }
}
