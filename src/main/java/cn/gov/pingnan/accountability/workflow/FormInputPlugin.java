package cn.gov.pingnan.accountability.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks the shape of form values ({@link FormInputCheck}) inside the engine, at every start event
 * and user task that has a Camunda Form ({@code camunda:formRef}), in every diagram: so Tasklist,
 * REST and our own code are refused alike, before anything is started or completed (issue 15). The
 * REST API answers the refusal with 400 naming the field ({@code api/EngineRestErrors}).
 */
@Component
public class FormInputPlugin extends AbstractProcessEnginePlugin {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per process definition and form element; a deployed definition's form never changes (binding deployment). */
    private final Map<String, FormInputCheck> checks = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskCreateListeners.addParseListener(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (scope instanceof ProcessDefinitionImpl && hasForm(element)) {
                    ExecutionListener check = FormInputPlugin.this::checkStart;
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, check);
                }
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (hasForm(element) && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
                    task.getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormInputPlugin.this::checkTask);
                }
            }
        });
    }

    private static boolean hasForm(Element element) {
        return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
    }

    void checkStart(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        FormInputCheck check = check(
                definitionId + "#start",
                () -> execution.getProcessEngineServices().getFormService().getDeployedStartForm(definitionId));
        check.check(execution.getVariables()).ifPresent(problem -> {
            throw new FormInputRefused(problem);
        });
    }

    void checkTask(DelegateTask task) {
        FormInputCheck check = check(
                task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                () -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
        check.check(task.getVariables()).ifPresent(problem -> {
            throw new FormInputRefused(problem);
        });
    }

    /** The deployed form, read once, whatever the rights of the user (the check must not depend on them). */
    private FormInputCheck check(String key, Supplier<InputStream> form) {
        return checks.computeIfAbsent(
                key,
                k -> Context.getCommandContext().runWithoutAuthorization(() -> {
                    try (InputStream in = form.get()) {
                        return FormInputCheck.of(JSON.readTree(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the form of " + key, e);
                    }
                }));
    }
}
