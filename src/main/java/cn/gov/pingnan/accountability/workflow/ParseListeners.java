package cn.gov.pingnan.accountability.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Engine plugins that add listeners to every diagram (also to steps a manager adds in the Modeler) register here. */
public final class ParseListeners {

    private ParseListeners() {}

    /** The engine's post-BPMN parse listeners, to add to; an empty list is set when there are none yet. */
    public static List<BpmnParseListener> post(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        return listeners;
    }
}
