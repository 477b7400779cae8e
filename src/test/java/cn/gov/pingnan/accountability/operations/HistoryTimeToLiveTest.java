package cn.gov.pingnan.accountability.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.DisciplineImposed;
import cn.gov.pingnan.accountability.rules.DisciplinePeriod;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: every process keeps its history at least as long as docs/operations.md ("History and its clean-up")
 * says and why; the restriction minimum follows the longest restriction the rules compute.
 */
class HistoryTimeToLiveTest {

    private static final int CASE_FILE_DAYS = 3650;
    private static final Pattern ROW =
            Pattern.compile("^\\| `([a-z-]+)` [^|]*\\| (\\d+) days[^|]*\\| (\\d+) \\|", Pattern.MULTILINE);

    record Documented(int ttl, int minimum) {}

    private static Map<String, Documented> documented() throws IOException {
        String doc = Files.readString(Path.of("docs", "operations.md"), StandardCharsets.UTF_8);
        int from = doc.indexOf("## History and its clean-up");
        assertThat(from).as("section in docs/operations.md").isNotNegative();
        int to = doc.indexOf("\n## ", from + 1);
        Map<String, Documented> rows = new LinkedHashMap<>();
        for (Matcher m = ROW.matcher(doc.substring(from, to < 0 ? doc.length() : to)); m.find(); ) {
            rows.put(m.group(1), new Documented(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return rows;
    }

    private static Map<String, Process> processes() throws IOException {
        Map<String, Process> byId = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                for (Process p : Bpmn.readModelFromFile(f.toFile()).getModelElementsByType(Process.class)) {
                    byId.put(p.getId(), p);
                }
            }
        }
        return byId;
    }

    private static int days(String ttl) {
        // Camunda accepts a number of days or the ISO form PnD
        return Integer.parseInt(ttl.startsWith("P") ? ttl.substring(1, ttl.length() - 1) : ttl);
    }

    @Test
    void everyProcessKeepsItsHistoryAtLeastTheDocumentedMinimum_andSaysWhy() throws IOException {
        Map<String, Documented> rows = documented();
        Map<String, Process> processes = processes();
        assertThat(rows.keySet())
                .as("one row per process in docs/operations.md")
                .containsExactlyInAnyOrderElementsOf(processes.keySet());
        processes.forEach((id, p) -> {
            int ttl = days(p.getCamundaHistoryTimeToLiveString());
            Documented row = rows.get(id);
            assertThat(ttl).as(id + " TTL as documented").isEqualTo(row.ttl());
            assertThat(ttl).as(id + " TTL ≥ documented minimum").isGreaterThanOrEqualTo(row.minimum());
            assertThat(row.minimum())
                    .as(id + ": case files are kept 10 years at least")
                    .isGreaterThanOrEqualTo(CASE_FILE_DAYS);
            String documentation = p.getDocumentations().isEmpty()
                    ? ""
                    : p.getDocumentations().iterator().next().getTextContent();
            assertThat(documentation)
                    .as(id + " documentation gives the TTL and its reason")
                    .contains("historyTimeToLive " + ttl + " 天");
        });
    }

    @Test
    void respondentTracksKeepTheirHistoryAsLongAsTheirCase() throws IOException {
        Map<String, Process> processes = processes();
        assertThat(days(processes.get("respondent-accountability").getCamundaHistoryTimeToLiveString()))
                .isEqualTo(days(processes.get("accountability-case").getCamundaHistoryTimeToLiveString()));
    }

    @Test
    void restrictionPeriodMinimum_isTheCaseFilePlusTheLongestRestriction_R12_3_R12_4() throws IOException {
        assertThat(documented().get("restriction-period").minimum())
                .isEqualTo(CASE_FILE_DAYS + longestRestrictionDays());
    }

    /** The longest restriction any measure, alone or with any one configured discipline, yields over four years of dates. */
    private static int longestRestrictionDays() {
        DisciplineCatalogue catalogue = DisciplineCatalogue.loadDefault();
        RestrictionCalculator calculator = new RestrictionCalculator(catalogue);
        long longest = 0;
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
            for (Measure measure : Measure.values()) {
                longest = Math.max(longest, longest(calculator.compute(measure, day, List.of())));
                for (DisciplinePeriod d : catalogue.all()) {
                    longest = Math.max(
                            longest,
                            longest(calculator.compute(measure, day, List.of(new DisciplineImposed(d.type(), day)))));
                }
            }
        }
        return Math.toIntExact(longest);
    }

    private static long longest(List<RestrictionPeriod> periods) {
        return periods.stream()
                .mapToLong(p -> ChronoUnit.DAYS.between(p.from(), p.until()))
                .max()
                .orElse(0);
    }

    @Test
    void removalTimeCountsFromTheEndOfAnInstance() throws IOException {
        // the reasons in docs/operations.md assume removal time = end + TTL
        String yaml = Files.readString(Path.of("src/main/resources/application.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml)
                .contains("historyCleanupStrategy: removalTimeBased")
                .contains("historyRemovalTimeStrategy: end");
    }
}
