package cn.gov.pingnan.accountability.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;

class ReturnToWorkerPluginTest {

    private static HistoricTaskInstance round(String id, String assignee) {
        HistoricTaskInstance task = mock(HistoricTaskInstance.class);
        when(task.getId()).thenReturn(id);
        when(task.getAssignee()).thenReturn(assignee);
        return task;
    }

    @Test
    void returnedTask_goesToWhoeverDidTheLatestEarlierRound() {
        assertThat(ReturnToWorkerPlugin.lastWorker(
                        "t3", List.of(round("t3", null), round("t2", "shenli"), round("t1", "shenli2"))))
                .isEqualTo("shenli");
    }

    @Test
    void roundWithoutAssignee_isSkipped_firstRoundHasNobody() {
        assertThat(ReturnToWorkerPlugin.lastWorker("t3", List.of(round("t2", " "), round("t1", "diaocha"))))
                .isEqualTo("diaocha");
        assertThat(ReturnToWorkerPlugin.lastWorker("t1", List.of())).isNull();
    }

    @Test
    void intakeCorrection_firstRoundGoesToTheCaseStarter() {
        assertThat(ReturnToWorkerPlugin.FIRST_ROUND_FROM_VARIABLE).containsEntry("correctIntake", "registeredBy");
    }
}
