package cn.gov.pingnan.accountability.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.pingnan.accountability.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import cn.gov.pingnan.accountability.workflow.WalkthroughRun;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
    context =
        new SpringApplicationBuilder(Application.class)
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
    assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'shouli'", Integer.class)).isEqualTo(1);

    ProcessEngine engine = context.getBean(ProcessEngine.class);
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "pg-probe.bpmn",
            Bpmn.createExecutableProcess("pg-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("verify").name("核实线索").camundaCandidateGroups("investigators")
                .endEvent()
                .done())
        .deploy();
    String id =
        engine.getRuntimeService().startProcessInstanceByKey("pg-probe", "PN-2026-0001", Map.of("respondentName", "张三")).getId();
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
    engine.getTaskService().complete(taskId, Map.of("finding", "属实"));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).finished().count())
        .isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).count())
        .isEqualTo(2);
  }

  @Test
  void wholeCaseRunsOnPostgres_registerWriteAndExpiryByTheEngineClock_R12_5() throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    WalkthroughRun run =
        new WalkthroughRun(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    String caseNumber = run.runCase();
    run.expireRestriction(caseNumber);

    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    assertThat(
            jdbc.queryForObject(
                "select status from acc_restriction where case_business_key = ? and person_id = ?",
                String.class,
                caseNumber,
                WalkthroughRun.PERSON_ID))
        .isEqualTo("EXPIRED");
    // the signatures of the case are in PostgreSQL's history
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_hi_varinst where name_ = 'approveDecisionSignedBy' and text_ = 'xiangzhen'",
                Integer.class))
        .isEqualTo(1);
  }
}
