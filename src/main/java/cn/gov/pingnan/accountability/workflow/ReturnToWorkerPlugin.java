package cn.gov.pingnan.accountability.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * A task that comes back — sent back by a server-side check (校验审理意见, 校验受理信息, 认定被问责对象, 校验处分信息)
 * or by the approver — goes straight to the person who did it last time, in 我的任务, instead of returning
 * unclaimed to the whole group: she knows the case and sees the reason at the top of the form. The task keeps
 * its candidate groups, so a colleague can still take it over (R-4.2: who signs is recorded at completion).
 * Applies to every user task of every diagram, also those a manager adds in the Modeler.
 */
@Component
public class ReturnToWorkerPlugin extends AbstractProcessEnginePlugin {

    /** Tasks whose first round follows the start form: they go back to whoever started the case. */
    static final Map<String, String> FIRST_ROUND_FROM_VARIABLE = Map.of("correctIntake", "registeredBy");

    static final TaskListener RETURN_TO_WORKER = ReturnToWorkerPlugin::returnToWorker;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskCreateListeners.addToEveryUserTask(configuration, RETURN_TO_WORKER);
    }

    static void returnToWorker(DelegateTask task) {
        if (task.getAssignee() != null) {
            return;
        }
        // the worker's own rights need not cover the task history: the engine looks it up itself
        String worker = Context.getCommandContext().runWithoutAuthorization(() -> previousWorker(task));
        if (worker != null) {
            task.setAssignee(worker);
        }
    }

    private static String previousWorker(DelegateTask task) {
        List<HistoricTaskInstance> earlier = task.getProcessEngineServices()
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey())
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .list();
        String worker = lastWorker(task.getId(), earlier);
        if (worker == null && FIRST_ROUND_FROM_VARIABLE.containsKey(task.getTaskDefinitionKey())) {
            Object starter = task.getVariable(FIRST_ROUND_FROM_VARIABLE.get(task.getTaskDefinitionKey()));
            worker = starter == null || starter.toString().isBlank() ? null : starter.toString();
        }
        return worker;
    }

    /** The assignee of the latest earlier round that had one; {@code null} for a first round. */
    static String lastWorker(String currentTaskId, List<HistoricTaskInstance> newestFirst) {
        return newestFirst.stream()
                .filter(t -> !Objects.equals(t.getId(), currentTaskId))
                .map(HistoricTaskInstance::getAssignee)
                .filter(a -> a != null && !a.isBlank())
                .findFirst()
                .orElse(null);
    }
}
