package cn.gov.pingnan.accountability.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine-level defence against expression injection through task queries: installs
 * {@link ExpressionCheckedTaskService} before the engine builds its services. The HTTP-level
 * {@link TaskQueryExpressionFilter} refuses such requests earlier; this holds even if a new path
 * to the task query appears.
 */
@Component
public class TaskQueryExpressionPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new ExpressionCheckedTaskService());
  }
}
