package cn.gov.pingnan.accountability.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.Application;
import cn.gov.pingnan.accountability.rules.CaseNumber;
import cn.gov.pingnan.accountability.workflow.CaseNumberSequence;
import cn.gov.pingnan.accountability.workflow.WalkthroughRun;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6: the {@code postgres} profile runs the application on a real PostgreSQL (embedded binaries
 * of PostgreSQL 17): engine schema, register migration, seeding, and the whole walkthrough case over
 * {@code /engine-rest} — intake to closure, the register write, and the restriction's expiry by the engine clock.
 */
class PostgresProfileIT {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void startPostgresAndApplication() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        context = new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void engineAndRegisterRunOnPostgres() {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'shouli'", Integer.class))
                .isEqualTo(1);
        // issue 8: statistics on the permission bits and plans with the actual values (group-task queries at scale)
        assertThat(jdbc.queryForList(
                        "select stxname from pg_statistic_ext where stxname like 'acc_auth_perms_%' order by 1",
                        String.class))
                .containsExactly("acc_auth_perms_2", "acc_auth_perms_4096", "acc_auth_perms_512", "acc_auth_perms_64");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");

        ProcessEngine engine = context.getBean(ProcessEngine.class);
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "pg-probe.bpmn",
                        Bpmn.createExecutableProcess("pg-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("verify")
                                .name("核实线索")
                                .camundaCandidateGroups("investigators")
                                .endEvent()
                                .done())
                .deploy();
        String id = engine.getRuntimeService()
                .startProcessInstanceByKey("pg-probe", "PN-2026-0001", Map.of("respondentName", "张三"))
                .getId();
        String taskId = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(id)
                .singleResult()
                .getId();
        engine.getTaskService().complete(taskId, Map.of("finding", "属实"));
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(id)
                        .finished()
                        .count())
                .isEqualTo(1);
        // the two process variables and the task's Tasklist label (workflow.TaskListLabelPlugin)
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(id)
                        .list())
                .extracting(v -> v.getName() + "=" + v.getValue())
                .containsExactlyInAnyOrder("respondentName=张三", "finding=属实", "taskListLabel=张三");
    }

    @Test
    void wholeCaseRunsOnPostgres_registerWriteAndExpiryByTheEngineClock_R12_5() throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        WalkthroughRun run =
                new WalkthroughRun(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
        String caseNumber = run.runCase();
        run.expireRestriction(caseNumber);

        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        assertThat(jdbc.queryForObject(
                        "select status from acc_restriction where case_business_key = ? and person_id = ?",
                        String.class,
                        caseNumber,
                        WalkthroughRun.PERSON_ID))
                .isEqualTo("EXPIRED");
        // the signatures of the case are in PostgreSQL's history
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_varinst where name_ = 'approveDecisionSignedBy' and text_ = 'xiangzhen'",
                        Integer.class))
                .isEqualTo(1);
    }

    /**
     * Found by the benchmark seeding on PostgreSQL: two intakes that open a new year at once both insert the year's
     * counter row; the second insert fails on the key, and PostgreSQL then refuses the rest of that transaction.
     * The insert runs under a savepoint, so the second intake takes number 2 instead of failing.
     */
    @Test
    void twoIntakesOpeningTheSameYear_bothGetANumber_onPostgres() throws Exception {
        CaseNumberSequence sequence = context.getBean(CaseNumberSequence.class);
        TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        int year = 2091;
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<CaseNumber> first = pool.submit(() -> tx.execute(status -> {
                CaseNumber n = sequence.next("pingnan", year);
                firstInserted.countDown();
                awaitQuietly(releaseFirst);
                return n;
            }));
            assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<CaseNumber> second = pool.submit(() -> tx.execute(status -> sequence.next("pingnan", year)));
            // the second insert waits on the first one's uncommitted key: wait until PostgreSQL shows it waiting
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (jdbc.queryForObject(
                            "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                    + " and query like 'INSERT INTO case_number_sequence%'",
                            Integer.class)
                    == 0) {
                assertThat(System.nanoTime())
                        .as("second intake waiting on the first")
                        .isLessThan(deadline);
                Thread.onSpinWait();
            }
            releaseFirst.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(new CaseNumber("PN", year, 1));
            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new CaseNumber("PN", year, 2));
            assertThat(jdbc.queryForObject(
                            "select last_value from case_number_sequence where county = 'pingnan' and case_year = ?",
                            Integer.class,
                            year))
                    .isEqualTo(2);
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
