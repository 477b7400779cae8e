package cn.gov.pingnan.accountability.staff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.rules.ApprovingBody;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 12: the group ids are defined once; the BPMN keeps literal ids (the Modeler needs them), tied here. */
class StaffGroupTest {

    private static final Pattern CANDIDATE_GROUPS = Pattern.compile("camunda:candidateGroups=\"([^\"]*)\"");

    @Test
    void everyCandidateGroupInTheDiagrams_isAStaffGroup() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = CANDIDATE_GROUPS.matcher(Files.readString(bpmn));
                while (m.find()) {
                    // ${approverGroups} is computed from the approving bodies (R-13.1), each of which has a group
                    if (!m.group(1).startsWith("${")) {
                        Arrays.stream(m.group(1).split(",")).map(String::trim).forEach(used::add);
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(id -> assertThat(StaffGroup.byId(id)).as(id).isPresent());
    }

    @ParameterizedTest
    @EnumSource(ApprovingBody.class)
    void everyApprovingBody_hasExactlyOneGroup_R13_1(ApprovingBody body) {
        assertThat(Arrays.stream(StaffGroup.values()).filter(g -> g.approves().orElse(null) == body))
                .singleElement()
                .isEqualTo(StaffGroup.of(body));
    }

    @Test
    void groupIds_areUnique_andTheConstantsAreTheEnumsIds() {
        assertThat(Arrays.stream(StaffGroup.values()).map(StaffGroup::id)).doesNotHaveDuplicates();
        assertThat(StaffGroup.COMMISSION_LEADERS.id()).isEqualTo(StaffGroup.Ids.COMMISSION_LEADERS);
        assertThat(StaffGroup.of(ApprovingBody.COUNTY_COMMITTEE).id()).isEqualTo("county-committee");
        assertThat(StaffGroup.of(ApprovingBody.TOWNSHIP_COMMITTEE).id()).isEqualTo("township-committee");
        assertThat(StaffGroup.of(ApprovingBody.UNIT_PARTY_GROUP).id()).isEqualTo("unit-party-group");
        assertThat(StaffGroup.of(ApprovingBody.COMMISSION).id()).isEqualTo("commission-leaders");
        assertThat(StaffGroup.byId(StaffGroup.ADMIN_GROUP)).isEmpty();
    }
}
