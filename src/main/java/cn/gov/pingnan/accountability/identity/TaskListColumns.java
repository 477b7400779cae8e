package cn.gov.pingnan.accountability.identity;

import java.util.List;
import java.util.Map;

/**
 * The variable column of the seeded Tasklist filters: the task-local label of every user task
 * (workflow.TaskListLabelPlugin). Staff can read it; the process variables they cannot.
 */
final class TaskListColumns {

    static final List<Map<String, String>> VARIABLES = List.of(Map.of("name", "taskListLabel", "label", "案件"));

    /** The columns seeded before, process variables that staff could not read: replaced at start. */
    static final List<Map<String, String>> UNREADABLE_BEFORE =
            List.of(Map.of("name", "caseNumber", "label", "案件编号"), Map.of("name", "respondentName", "label", "被问责对象"));

    private TaskListColumns() {}
}
