package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every user task, in every diagram (also tasks a manager adds in the Modeler), the
 * task-local variable {@link CaseVariables#TASK_LIST_LABEL} when it is created: "PN-2026-0001　张三".
 * Tasklist shows it on the task card through the seeded filters' column 案件, so staff can tell
 * apart the many tasks of the same name. The process variables themselves stay unreadable to staff.
 */
@Component
public class TaskListLabelPlugin extends AbstractProcessEnginePlugin {

    static final TaskListener LABEL_TASK = TaskListLabelPlugin::labelTask;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskCreateListeners.addToEveryUserTask(configuration, LABEL_TASK);
    }

    static void labelTask(DelegateTask task) {
        String label =
                label(task.getVariable(CaseVariables.CASE_NUMBER), task.getVariable(CaseVariables.RESPONDENT_NAME));
        if (!label.isEmpty()) {
            task.setVariableLocal(CaseVariables.TASK_LIST_LABEL, label);
        }
    }

    /** Case number and respondent, whichever the process has; empty when it has neither. */
    static String label(Object caseNumber, Object respondentName) {
        String number = caseNumber == null ? "" : caseNumber.toString().strip();
        String name = respondentName == null ? "" : respondentName.toString().strip();
        return number.isEmpty() || name.isEmpty() ? number + name : number + "　" + name;
    }
}
