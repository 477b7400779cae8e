package cn.gov.pingnan.accountability.identity;

import java.util.List;
import java.util.Map;

/** Process variables shown as columns in the seeded Tasklist filters. */
final class TaskListColumns {

  static final List<Map<String, String>> VARIABLES =
      List.of(
          Map.of("name", "caseNumber", "label", "案件编号"),
          Map.of("name", "respondentName", "label", "被问责对象"));

  private TaskListColumns() {}
}
