package cn.gov.pingnan.accountability.identity;

import cn.gov.pingnan.accountability.workflow.CaseVariables;
import java.util.List;
import java.util.Map;

/**
 * The variable column of the seeded Tasklist filters: the task-local label of every user task
 * (workflow.TaskListLabelPlugin). Staff can read it; the process variables they cannot.
 */
final class TaskListColumns {

    static final List<Map<String, String>> VARIABLES =
            List.of(Map.of("name", CaseVariables.TASK_LIST_LABEL, "label", "案件"));

    /** The columns seeded before, process variables that staff could not read: replaced at start. */
    static final List<Map<String, String>> UNREADABLE_BEFORE = List.of(
            Map.of("name", CaseVariables.CASE_NUMBER, "label", "案件编号"),
            Map.of("name", CaseVariables.RESPONDENT_NAME, "label", "被问责对象"));

    private TaskListColumns() {}
}
