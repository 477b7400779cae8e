package cn.gov.pingnan.accountability.decision;

import cn.gov.pingnan.accountability.register.RestrictedPerson;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import cn.gov.pingnan.accountability.rules.Measure;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.workflow.CaseVariables;
import cn.gov.pingnan.accountability.workflow.ProcessKeys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * For integration tests of appeals (A-1 … A-4): a decided removal of a township case waiting at its
 * delivery, with its rows in the register, and the appeal against it started and answered through the engine as
 * the staff who do it.
 */
public final class DecidedAppeals {

    /** The county (tenant) of these cases. */
    public static final String COUNTY_ID = "pingnan";

    public static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RestrictionRegister register;
    private final RestrictionCalculator calculator;

    public DecidedAppeals(
            RuntimeService runtimeService,
            TaskService taskService,
            IdentityService identityService,
            RestrictionRegister register,
            RestrictionCalculator calculator) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.register = register;
        this.calculator = calculator;
    }

    /** A removal approved by the township committee, effective {@code effective}, served on {@code deliveredOn}. */
    public void decidedRemoval(
            String caseNumber, String personId, String name, LocalDate effective, LocalDate deliveredOn) {
        RestrictedPerson person = new RestrictedPerson(personId, name, "大安镇人民政府");
        register.record(caseNumber, person, calculator.compute(Measure.REMOVAL, effective, List.of()), "xiangzhen");
        ProcessInstance track = runtimeService
                .createProcessInstanceByKey(ProcessKeys.RESPONDENT_ACCOUNTABILITY)
                // issue 14: these cases are 平南县's
                .processDefinitionTenantId(COUNTY_ID)
                .businessKey(caseNumber)
                .setVariables(Variables.createVariables()
                        .putValue(CaseVariables.CASE_NUMBER, caseNumber)
                        .putValue(CaseVariables.RESPONDENT_NAME, name)
                        .putValue(
                                CaseVariables.RESPONDENT,
                                SpinValues.jsonValue(
                                                "{\"personId\":\"" + personId + "\",\"name\":\"" + name
                                                        + "\",\"unit\":\"大安镇人民政府\",\"post\":\"副镇长\",\"responsibilityZh\":\"主要领导责任\"}")
                                        .create())
                        .putValue(CaseVariables.FACTS, "危房改造补助审核不严")
                        .putValue(
                                CaseVariables.GROUNDS,
                                SpinValues.jsonValue("[\"5.1\"]").create())
                        .putValue(CaseVariables.GRADE, "SEVERE")
                        .putValue(CaseVariables.MEASURE, "REMOVAL")
                        .putValue(CaseVariables.REFERRAL_ROUTE, "DELIVER_DECISION")
                        .putValue(CaseVariables.APPROVING_GROUP, "township-committee")
                        .putValue(CaseVariables.TAKEN_OVER_BY_COMMISSION, false)
                        .putValue("approveDecisionSignedBy", "xiangzhen")
                        .putValue(
                                "approveDecisionSignedAt",
                                Date.from(effective.atStartOfDay(COUNTY).toInstant()))
                        .putValue(CaseVariables.DECISION_EFFECTIVE_DATE, effective.toString()))
                .startBeforeActivity("produceDecisionDocument")
                .execute();
        // the day it was served; the appeal window runs from then
        runtimeService.setVariable(track.getId(), CaseVariables.DELIVERED_ON, deliveredOn.toString());
    }

    /** the written appeal received on {@code filedOn}, registered by 案件受理 (shouli). */
    public ProcessInstance appeal(String caseNumber, String personId, LocalDate filedOn) {
        identityService.setAuthentication("shouli", List.of("intake"), List.of(COUNTY_ID));
        try {
            return runtimeService.startProcessInstanceByKey(
                    ProcessKeys.DECISION_APPEAL,
                    caseNumber,
                    Variables.createVariables()
                            .putValue(CaseVariables.CASE_NUMBER, caseNumber)
                            .putValue(CaseVariables.RESPONDENT_PERSON_ID, personId)
                            .putValue(CaseVariables.APPEAL_FILED_ON, filedOn.toString())
                            .putValue(CaseVariables.APPEAL_REASON, "认为处理过重"));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** the township committee that approved the decision answers. */
    public void decide(ProcessInstance appeal, Map<String, Object> outcome) {
        complete(appeal, "decideAppeal", "xiangzhen", "township-committee", outcome);
    }

    /** 案件受理 tells the appellant that the late appeal is refused. */
    public void notifyRefusal(ProcessInstance appeal) {
        complete(
                appeal,
                "notifyAppealRefused",
                "shouli",
                "intake",
                Map.of(CaseVariables.APPEAL_REFUSAL_NOTE, "已书面告知申诉人"));
    }

    private void complete(ProcessInstance appeal, String taskKey, String user, String group, Map<String, Object> vars) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceId(appeal.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        identityService.setAuthentication(user, List.of(group), List.of(COUNTY_ID));
        try {
            taskService.complete(task.getId(), vars);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
