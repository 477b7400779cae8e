package cn.gov.pingnan.accountability.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.gov.pingnan.accountability.rules.EligibilityAction;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.rules.RestrictionPeriod;
import cn.gov.pingnan.accountability.rules.RestrictionType;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** the register on the engine's database — record, find, expire, blocking and transactions. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // REGISTER_IT_DB_URL (+ SPRING_DATASOURCE_USERNAME/PASSWORD) runs the same tests on PostgreSQL
            "spring.datasource.url=${REGISTER_IT_DB_URL:jdbc:h2:mem:register-${random.uuid};DB_CLOSE_DELAY=-1}",
            "camunda.bpm.job-execution.enabled=false"
        })
class JdbcRestrictionRegisterIT {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);
    private static final RestrictionCalculator RULES = RestrictionCalculator.withDefaultCatalogue();

    @Autowired
    private RestrictionRegister register;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private NamedParameterJdbcTemplate namedJdbc;

    @Autowired
    private cn.gov.pingnan.accountability.tenant.Counties counties;

    @Autowired
    private TransactionTemplate transaction;

    @Autowired
    private RepositoryService repositoryService;

    @Autowired
    private RuntimeService runtimeService;

    private final String personId = "P-" + UUID.randomUUID();
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void record_storesActiveRowsWithCreatorAndUtcTime_R12_5() {
        Instant before = Instant.now();
        List<RegisteredRestriction> rows = recordRemoval(personId);

        assertThat(rows)
                .extracting(RegisteredRestriction::type)
                .containsExactly(
                        RestrictionType.AWARD_INELIGIBLE, RestrictionType.NO_POST, RestrictionType.NO_HIGHER_POST);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.id()).isPositive();
            assertThat(row.status()).isEqualTo(RestrictionStatus.ACTIVE);
            assertThat(row.createdBy()).isEqualTo("jiwei");
            assertThat(row.createdAt()).isCloseTo(before, within(1, ChronoUnit.MINUTES));
            assertThat(register.find(row.id())).contains(row);
        });
        assertThat(register.findByPerson(personId)).containsExactlyElementsOf(rows);
    }

    @Test
    void record_storesCreatedAtAsUtcWallClock() {
        Instant at = Instant.parse("2026-03-01T23:30:00.123456Z");
        var fixed = new JdbcRestrictionRegister(namedJdbc, counties, Clock.fixed(at, ZoneOffset.ofHours(8)));

        long id = fixed.record(
                        "PN-2026-0010",
                        new RestrictedPerson(personId, null, null),
                        RULES.compute(Measure.CRITICISM_EDUCATION, EFFECTIVE, List.of()),
                        "jiwei")
                .get(0)
                .id();

        LocalDateTime stored =
                jdbc.queryForObject("SELECT created_at FROM acc_restriction WHERE id = ?", LocalDateTime.class, id);
        assertThat(stored).isEqualTo(LocalDateTime.of(2026, 3, 1, 23, 30, 0, 123_456_000));
        assertThat(register.find(id).orElseThrow().createdAt()).isEqualTo(at);
    }

    @Test
    void findByPerson_trimsTheIdAndKeepsOtherPersonsApart() {
        recordRemoval(personId);
        recordRemoval("P-" + UUID.randomUUID());

        assertThat(register.findByPerson(" " + personId + " "))
                .hasSize(3)
                .allSatisfy(row -> assertThat(row.personId()).isEqualTo(personId));
        assertThat(register.findByPerson("nobody-" + UUID.randomUUID())).isEmpty();
        assertThat(register.find(-1)).isEmpty();
    }

    @Test
    void expire_setsExpired_isIdempotent_andNeverDeletes_R12_5() {
        RegisteredRestriction noPost = recordRemoval(personId).get(1);
        long total = rows();

        RegisteredRestriction expired = register.expire(noPost.id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(RestrictionStatus.EXPIRED);
        assertThat(expired).usingRecursiveComparison().ignoringFields("status").isEqualTo(noPost);
        assertThat(register.expire(noPost.id())).contains(expired);

        assertThat(rows()).isEqualTo(total);
        assertThat(register.findByPerson(personId))
                .hasSize(3)
                .filteredOn(row -> row.status() == RestrictionStatus.EXPIRED)
                .containsExactly(expired);
    }

    @Test
    void expire_unknownId_empty() {
        assertThat(register.expire(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void blocking_halfOpenPeriod_onTheRulesOfR12_5() {
        recordRemoval(personId);

        assertThat(blockingTypes(EligibilityAction.APPOINTMENT, "2026-02-28")).isEmpty();
        assertThat(blockingTypes(EligibilityAction.APPOINTMENT, "2026-03-01")).containsExactly(RestrictionType.NO_POST);
        assertThat(blockingTypes(EligibilityAction.APPOINTMENT, "2027-02-28")).containsExactly(RestrictionType.NO_POST);
        assertThat(blockingTypes(EligibilityAction.APPOINTMENT, "2027-03-01")).isEmpty();
        assertThat(blockingTypes(EligibilityAction.PROMOTION, "2026-03-01"))
                .containsExactly(RestrictionType.NO_POST, RestrictionType.NO_HIGHER_POST);
        assertThat(blockingTypes(EligibilityAction.PROMOTION, "2028-02-29"))
                .containsExactly(RestrictionType.NO_HIGHER_POST);
        assertThat(blockingTypes(EligibilityAction.PROMOTION, "2028-03-01")).isEmpty();
        assertThat(blockingTypes(EligibilityAction.AWARD, "2026-12-31"))
                .containsExactly(RestrictionType.AWARD_INELIGIBLE);
        assertThat(blockingTypes(EligibilityAction.AWARD, "2027-01-01")).isEmpty();
    }

    @Test
    void blocking_expiredRowInsideItsPeriodStillBlocks_theDateRangeGoverns() {
        RegisteredRestriction noPost = recordRemoval(personId).get(1);
        register.expire(noPost.id());

        assertThat(register.blocking(personId, EligibilityAction.APPOINTMENT, LocalDate.parse("2026-06-01")))
                .extracting(RegisteredRestriction::status)
                .containsExactly(RestrictionStatus.EXPIRED);
    }

    @Test
    void record_rejectsIncompleteInput_andStoresNothing() {
        List<RestrictionPeriod> periods = RULES.compute(Measure.REMOVAL, EFFECTIVE, List.of());
        RestrictedPerson person = new RestrictedPerson(personId, "张某", "某乡镇");
        RestrictionPeriod backwards = new RestrictionPeriod(RestrictionType.NO_POST, EFFECTIVE, EFFECTIVE, "R-12.3");
        long total = rows();

        assertViolation("caseBusinessKey", () -> register.record(" ", person, periods, "jiwei"));
        assertViolation("person", () -> register.record("PN-1", null, periods, "jiwei"));
        assertViolation(
                "person.personId",
                () -> register.record("PN-1", new RestrictedPerson(" ", "张某", null), periods, "jiwei"));
        assertViolation(
                "person.personId",
                () -> register.record("PN-1", new RestrictedPerson("x".repeat(65), null, null), periods, "jiwei"));
        assertViolation("createdBy", () -> register.record("PN-1", person, periods, null));
        assertViolation("periods", () -> register.record("PN-1", person, null, "jiwei"));
        // the first period is valid: nothing is written before every period has been checked
        assertViolation(
                "periods[1].until", () -> register.record("PN-1", person, List.of(periods.get(0), backwards), "jiwei"));

        assertThat(rows()).isEqualTo(total);
    }

    @Test
    void queries_withoutPersonActionOrDate_areRejected() {
        assertViolation("personId", () -> register.findByPerson(null));
        assertViolation("personId", () -> register.blocking("", EligibilityAction.AWARD, EFFECTIVE));
        assertViolation("action", () -> register.blocking(personId, null, EFFECTIVE));
        assertViolation("date", () -> register.blocking(personId, EligibilityAction.AWARD, null));
    }

    @Test
    void record_insideAnOuterTransactionThatRollsBack_leavesNothing() {
        transaction.executeWithoutResult(status -> {
            recordRemoval(personId);
            assertThat(register.findByPerson(personId))
                    .as("visible inside the transaction")
                    .hasSize(3);
            status.setRollbackOnly();
        });

        assertThat(register.findByPerson(personId)).isEmpty();
    }

    @Test
    void record_inAWorkflowStep_commitsWithTheStep() {
        deploy(
                "register-commit-probe",
                Bpmn.createExecutableProcess("register-commit-probe")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("record")
                        .camundaClass(RecordRestrictionsStep.class.getName())
                        .endEvent()
                        .done());

        runtimeService.startProcessInstanceByKey("register-commit-probe", "PN-2026-0020", Map.of("personId", personId));

        assertThat(register.findByPerson(personId)).hasSize(3);
    }

    @Test
    void record_inAWorkflowStepThatFailsLater_rollsBackWithTheEngine() {
        deploy(
                "register-rollback-probe",
                Bpmn.createExecutableProcess("register-rollback-probe")
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("record")
                        .camundaClass(RecordRestrictionsStep.class.getName())
                        .serviceTask("fail")
                        .camundaClass(FailingStep.class.getName())
                        .endEvent()
                        .done());

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(
                        "register-rollback-probe", "PN-2026-0021", Map.of("personId", personId)))
                .hasMessageContaining("a later step fails");

        assertThat(register.findByPerson(personId)).isEmpty();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("register-rollback-probe")
                        .count())
                .isZero();
    }

    /** A workflow step as the workflow will write it: reads variables, calls the rules, writes the register. */
    public static class RecordRestrictionsStep implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // the bean as a BPMN expression sees it: ${restrictionRegister}
            var register = (RestrictionRegister) Context.getProcessEngineConfiguration()
                    .getExpressionManager()
                    .createExpression("${restrictionRegister}")
                    .getValue(execution);
            register.record(
                    execution.getBusinessKey(),
                    new RestrictedPerson((String) execution.getVariable("personId"), null, null),
                    RULES.compute(Measure.REMOVAL, EFFECTIVE, List.of()),
                    "workflow");
        }
    }

    /** A step after the recording one that fails, so the engine rolls back the whole transaction. */
    public static class FailingStep implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("a later step fails");
        }
    }

    private void deploy(String processKey, BpmnModelInstance model) {
        deployments.add(repositoryService
                .createDeployment()
                .addModelInstance(processKey + ".bpmn", model)
                .deploy()
                .getId());
    }

    private List<RegisteredRestriction> recordRemoval(String person) {
        return register.record(
                "PN-2026-0001",
                new RestrictedPerson(person, "张某", "某乡镇"),
                RULES.compute(Measure.REMOVAL, EFFECTIVE, List.of()),
                "jiwei");
    }

    private List<RestrictionType> blockingTypes(EligibilityAction action, String date) {
        return register.blocking(personId, action, LocalDate.parse(date)).stream()
                .map(RegisteredRestriction::type)
                .toList();
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM acc_restriction", Long.class);
    }

    private static void assertViolation(String field, Supplier<?> call) {
        assertThatThrownBy(call::get)
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
