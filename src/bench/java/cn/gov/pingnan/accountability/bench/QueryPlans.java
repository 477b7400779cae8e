package cn.gov.pingnan.accountability.bench;

import cn.gov.pingnan.accountability.identity.IdentitySeeder;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/**
 * Diagnosis, not measurement: opens a seeded database in this JVM and runs the group-task filter as
 * {@value ScaleBenchmark#GROUP_TASK_USER} with the SQL of the task query logged (MyBatis DEBUG), timing each
 * call. Run: {@code java -cp <test classpath> ...QueryPlans target/bench/scale-db}.
 */
public final class QueryPlans {

    private QueryPlans() {}

    public static void main(String[] args) throws Exception {
        AccountabilityBenchmark.quietLogging();
        System.setProperty("logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity", "debug");
        try (InProcessApplication app = InProcessApplication.existing(Path.of(args[0]))) {
            ProcessEngine engine = app.bean(ProcessEngine.class);
            FilterService filters = engine.getFilterService();
            IdentityService identity = engine.getIdentityService();
            String user = ScaleBenchmark.GROUP_TASK_USER;
            List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                    .map(Group::getId)
                    .toList();
            String filterId = filters.createFilterQuery()
                    .filterName(IdentitySeeder.FILTER_GROUP_TASKS)
                    .singleResult()
                    .getId();
            app.counter.recordSql(true);
            for (int i = 0; i < 20; i++) {
                identity.setAuthentication(user, groups);
                app.counter.use("filter");
                long start = System.nanoTime();
                List<Task> page = filters.listPage(
                        filterId,
                        engine.getTaskService()
                                .createTaskQuery()
                                .orderByTaskCreateTime()
                                .desc(),
                        0,
                        15);
                long count = filters.count(filterId);
                System.out.printf(
                        "run %d: %d tasks of %d in %.1f ms%n",
                        i, page.size(), count, (System.nanoTime() - start) / 1e6);
                identity.clearAuthentication();
                System.setProperty("logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity", "warn");
            }
            app.counter.bucket("filter").bySql().forEach(e -> System.out.println(e.getValue() + "× " + e.getKey()));
        }
    }
}
