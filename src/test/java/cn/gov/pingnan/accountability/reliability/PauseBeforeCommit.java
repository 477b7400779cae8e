package cn.gov.pingnan.accountability.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * Test-only fault hook for {@link KillDuringStepIT}, never in the application jar: the test puts this class on the
 * class path of the started jar ({@code loader.path}) and names it in {@code spring.main.sources}. When the transaction
 * that ends activity {@code pingnan.fault.pause-at} is about to commit — every SQL statement of the step has run, none
 * is committed — it writes the committed row counts of {@link #TABLES} to {@code pingnan.fault.marker} and blocks
 * forever, so the test can {@code kill -9} the JVM exactly there. Once per JVM. Deliberately not a
 * {@code @Configuration}: component scanning of the in-process tests must never pick it up; as a source its
 * {@code @Bean} method is read all the same.
 */
public class PauseBeforeCommit {

    /** What the test compares before and after a kill: the state of cases, tasks, variables, jobs and the register. */
    static final List<String> TABLES = List.of(
            "ACT_RU_EXECUTION",
            "ACT_RU_TASK",
            "ACT_RU_VARIABLE",
            "ACT_RU_JOB",
            "ACT_RU_INCIDENT",
            "ACT_RU_IDENTITYLINK",
            "ACT_HI_PROCINST",
            "ACT_HI_ACTINST",
            "ACT_HI_TASKINST",
            "ACT_HI_VARINST",
            "ACT_HI_DETAIL",
            "ACC_RESTRICTION");

    /** Row counts of {@link #TABLES}, and of timers and restrictions by status, as one committed snapshot. */
    static Map<String, Long> counts(Connection connection) throws SQLException {
        List<String> queries = new ArrayList<>();
        for (String table : TABLES) {
            queries.add("select '" + table + "', count(*) from " + table);
        }
        queries.add("select 'timers', count(*) from ACT_RU_JOB where TYPE_ = 'timer'");
        queries.add("select 'restrictions ' || status, count(*) from ACC_RESTRICTION group by status");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return counts;
    }

    @Bean
    AbstractProcessEnginePlugin pauseBeforeCommitPlugin(
            @Value("${pingnan.fault.pause-at}") String activityId,
            @Value("${pingnan.fault.marker}") Path marker,
            DataSource dataSource) {
        AtomicBoolean armed = new AtomicBoolean(true);
        ExecutionListener pause = execution -> {
            if (armed.compareAndSet(true, false)) {
                Context.getCommandContext()
                        .getTransactionContext()
                        .addTransactionListener(
                                TransactionState.COMMITTING, commandContext -> pause(activityId, marker, dataSource));
            }
        };
        BpmnParseListener listener = new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(activity);
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(activity);
            }

            @Override
            public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(activity);
            }

            private void attach(ActivityImpl activity) {
                if (activity.getId().equals(activityId)) {
                    activity.addListener(ExecutionListener.EVENTNAME_END, pause);
                }
            }
        };
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPostBPMNParseListeners() == null) {
                    configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPostBPMNParseListeners().add(listener);
            }
        };
    }

    private static void pause(String activityId, Path marker, DataSource dataSource) {
        StringBuilder text = new StringBuilder("reached=" + activityId + "\n");
        // a connection of its own: it sees what is committed, not this step's uncommitted rows
        try (Connection connection = dataSource.getConnection()) {
            counts(connection)
                    .forEach((key, count) ->
                            text.append(key).append('=').append(count).append('\n'));
            Path written = marker.resolveSibling(marker.getFileName() + ".tmp");
            Files.writeString(written, text, StandardCharsets.UTF_8);
            Files.move(written, marker, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IllegalStateException("Fault hook could not count rows", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            new CountDownLatch(1).await(); // until kill -9
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
