package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.RestrictionEntry;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import org.camunda.bpm.engine.RuntimeService;

/** The running 影响期管理 instances of register rows. */
final class RestrictionPeriods {

    private RestrictionPeriods() {}

    /** a row ended by an appeal no longer expires by itself: its period process stops, naming why. */
    static void stop(RuntimeService runtimeService, long restrictionId, String reason) {
        runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(ProcessKeys.RESTRICTION_PERIOD)
                .variableValueEquals(CaseVariables.RESTRICTION_ID, restrictionId)
                .list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), reason));
    }

    /** A register row as the case file keeps it ({@code restrictions}, R-12.5). */
    static RestrictionEntry entry(RegisteredRestriction row) {
        return new RestrictionEntry(row.id(), row.type(), row.type().labelZh(), row.from(), row.until(), row.basis());
    }
}
