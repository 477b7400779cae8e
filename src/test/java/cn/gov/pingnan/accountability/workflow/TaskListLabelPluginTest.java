package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The column 案件 of the Tasklist filters: case number and respondent, whichever the process has. */
class TaskListLabelPluginTest {

    @ParameterizedTest
    @CsvSource(
            value = {
                "PN-2026-0001 | 张三、李四 | PN-2026-0001　张三、李四",
                "PN-2026-0001 | NULL | PN-2026-0001",
                "NULL | 张三 | 张三",
                "' PN-2026-0001 ' | '   ' | PN-2026-0001",
                "NULL | NULL | ''"
            },
            delimiter = '|',
            nullValues = "NULL")
    void label_joinsCaseNumberAndRespondent(String caseNumber, String respondentName, String label) {
        assertThat(TaskListLabelPlugin.label(caseNumber, respondentName)).isEqualTo(label);
    }
}
