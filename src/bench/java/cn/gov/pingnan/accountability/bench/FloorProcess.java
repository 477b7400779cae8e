package cn.gov.pingnan.accountability.bench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The floor: what the bare engine costs for a process of our case's shape. Generated with the model API:
 * one flat process with as many user tasks (same candidate groups, completed by the same users), exclusive
 * gateways, no-op service tasks, async continuations and variables (plain strings) as one run of our case
 * passes through — but no call activity, no listeners, no rules, no JSON, no register.
 */
record FloorProcess(
        List<CaseDriver.Step> steps,
        int serviceTasks,
        int gateways,
        int asyncJobs,
        int asyncAfterStep,
        int variableCount,
        BpmnModelInstance model) {

    static final String KEY = "floor-bench";

    /** A service task that does nothing. */
    public static final class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {}
    }

    /**
     * @param asyncAfterStep the async service task (its job) comes after this many user tasks, as our
     *     decision delivery comes after approval
     */
    static FloorProcess of(
            List<CaseDriver.Step> steps,
            int serviceTasks,
            int gateways,
            int asyncJobs,
            int asyncAfterStep,
            int variableCount) {
        int segments = steps.size() + 1; // before the first task, between tasks, after the last
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY)
                .name("Floor (bare engine, shape of accountability-case)")
                .camundaHistoryTimeToLive(3650)
                .startEvent("start");
        int gw = 0;
        int st = 0;
        int jobs = 0;
        for (int segment = 0; segment < segments; segment++) {
            int gatewaysHere = share(gateways, segments, segment);
            int servicesHere = share(serviceTasks, segments, segment);
            for (int i = 0; i < Math.max(gatewaysHere, servicesHere); i++) {
                if (i < gatewaysHere) {
                    String id = "gateway" + (++gw);
                    // a real decision: the condition reads a variable; the default flow would end the case
                    flow = flow.exclusiveGateway(id)
                            .sequenceFlowId(id + "_no")
                            .endEvent(id + "_end")
                            .moveToNode(id)
                            .condition("yes", "${ok}");
                }
                if (i < servicesHere) {
                    flow = flow.serviceTask("service" + (++st)).camundaClass(NoOp.class.getName());
                }
            }
            if (segment == asyncAfterStep) {
                for (; jobs < asyncJobs; jobs++) {
                    flow = flow.serviceTask("async" + (jobs + 1))
                            .camundaAsyncBefore()
                            .camundaClass(NoOp.class.getName());
                }
            }
            if (segment < steps.size()) {
                CaseDriver.Step step = steps.get(segment);
                flow = flow.userTask(step.taskKey()).camundaCandidateGroups(step.group());
            }
        }
        BpmnModelInstance model = flow.endEvent("end").done();
        // the default flows of the gateways
        for (int i = 1; i <= gw; i++) {
            org.camunda.bpm.model.bpmn.instance.ExclusiveGateway g = model.getModelElementById("gateway" + i);
            g.setDefault(model.getModelElementById("gateway" + i + "_no"));
        }
        return new FloorProcess(
                steps, serviceTasks, gateways, asyncJobs, asyncJobs == 0 ? -1 : asyncAfterStep, variableCount, model);
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    /**
     * Variables passed at the start ({@code index 0}) or with user task {@code index}: {@link #variableCount}
     * plain strings spread evenly, plus {@code ok} for the gateways at the start.
     */
    VariableMap variables(int index) {
        int parts = steps.size() + 1;
        int count = share(variableCount - 1, parts, index);
        int first = 0;
        for (int i = 0; i < index; i++) {
            first += share(variableCount - 1, parts, i);
        }
        VariableMap map = Variables.createVariables();
        if (index == 0) {
            map.putValue("ok", true);
        }
        for (int i = 0; i < count; i++) {
            map.putValue("v" + (first + i), "思旺镇某村村道硬化项目第" + (first + i) + "项记录");
        }
        return map;
    }

    List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(
                steps.size() + " user tasks, " + serviceTasks + " service tasks, " + gateways + " exclusive gateways, "
                        + asyncJobs + " async continuation(s) (jobs), " + variableCount + " variables");
        return lines;
    }
}
