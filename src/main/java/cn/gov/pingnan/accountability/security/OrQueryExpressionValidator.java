package cn.gov.pingnan.accountability.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.Validator;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Closes the gap of Camunda 7.24 CE that evaluates expressions in the {@code or()} branches of an
 * ad-hoc task query: {@code AdhocQueryValidator} only looks at the top-level query, and the or-queries
 * are created without any validator, so {@code ensureOrExpressionsEvaluated()} ran them unchecked.
 * This validator runs before any evaluation (in {@code AbstractQuery.validate()}) and refuses the
 * query when any branch carries an expression while {@code enableExpressionsInAdhocQueries} is off.
 */
public final class OrQueryExpressionValidator implements Validator<AbstractQuery<?, ?>> {

    public static final OrQueryExpressionValidator INSTANCE = new OrQueryExpressionValidator();

    private OrQueryExpressionValidator() {}

    @Override
    public void validate(AbstractQuery<?, ?> query) {
        if (!(query instanceof TaskQueryImpl taskQuery)
                || Context.getProcessEngineConfiguration().isEnableExpressionsInAdhocQueries()) {
            return;
        }
        // index 0 is the query itself (covered by Camunda's AdhocQueryValidator); checked again for safety
        for (int i = 0; i < taskQuery.getQueries().size(); i++) {
            TaskQueryImpl branch = taskQuery.getQueries().get(i);
            if (branch.getExpressions() != null && !branch.getExpressions().isEmpty()) {
                String where = i == 0 ? "the query" : "or-query " + i;
                throw new BadUserRequestException("Expressions are not allowed in task queries (" + where + ": "
                        + String.join(", ", branch.getExpressions().keySet()) + ")");
            }
        }
    }
}
