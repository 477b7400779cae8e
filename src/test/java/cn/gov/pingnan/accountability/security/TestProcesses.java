package cn.gov.pingnan.accountability.security;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * One-task processes the security ITs deploy with the model API (the product's BPMN is written
 * elsewhere): a case step for one candidate group. Started without an authenticated user, i.e. as
 * the system, the way a case arrives from intake.
 */
final class TestProcesses {

    static final String INVESTIGATION = "security-test-investigation";
    static final String REVIEW = "security-test-review";

    private TestProcesses() {}

    static void deploy(ProcessEngine engine, String key, String candidateGroup) {
        engine.getIdentityService().clearAuthentication();
        if (engine.getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count()
                > 0) {
            return;
        }
        BpmnModelInstance model = Bpmn.createExecutableProcess(key)
                .name("安全测试流程 " + key)
                .camundaHistoryTimeToLive(30)
                .startEvent()
                .userTask("work")
                .name("办理测试任务")
                .camundaCandidateGroups(candidateGroup)
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(key + ".bpmn", model)
                .deploy();
    }

    /** Starts an instance and answers its single open task. */
    static Task startAndGetTask(ProcessEngine engine, String key, Map<String, Object> variables) {
        engine.getIdentityService().clearAuthentication();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, variables);
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
    }
}
