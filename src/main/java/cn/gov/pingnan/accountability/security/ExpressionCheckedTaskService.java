package cn.gov.pingnan.accountability.security;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The engine's task service, except that every ad-hoc task query it creates also refuses
 * expressions in its or-queries. All callers get it: our code, the REST API ({@code TaskQueryDto}
 * builds on {@code createTaskQuery()}), the webapps, and the extending query of a filter, which
 * {@code AbstractExecuteFilterCmd} validates before it merges it into the stored query.
 */
public class ExpressionCheckedTaskService extends TaskServiceImpl {

    @Override
    public TaskQuery createTaskQuery() {
        TaskQueryImpl query = (TaskQueryImpl) super.createTaskQuery();
        query.addValidator(OrQueryExpressionValidator.INSTANCE);
        return query;
    }
}
