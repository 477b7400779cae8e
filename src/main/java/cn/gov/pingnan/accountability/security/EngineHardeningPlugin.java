package cn.gov.pingnan.accountability.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Engine-level defences, installed before the engine builds its services:
 * <ul>
 *   <li>{@link ExpressionCheckedTaskService}: no expression in the or-queries of an ad-hoc task
 *       query. The HTTP-level {@link TaskQueryExpressionFilter} refuses such requests earlier;
 *       this holds even if a new path to the task query appears.
 *   <li>{@link OwnAccountAuthorizationProvider}: a user may read and update their own account but,
 *       unlike Camunda's default (ALL), not delete it. Accounts created before are corrected at start.
 * </ul>
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineHardeningPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new ExpressionCheckedTaskService());
        configuration.setResourceAuthorizationProvider(new OwnAccountAuthorizationProvider());
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Authorization own : authorizations
                .createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.USER)
                .list()) {
            if (own.getUserId() != null
                    && own.getUserId().equals(own.getResourceId())
                    && own.isPermissionGranted(Permissions.DELETE)) {
                own.setPermissions(OwnAccountAuthorizationProvider.OWN_ACCOUNT_PERMISSIONS);
                authorizations.saveAuthorization(own);
                LOG.info("User '{}' may no longer delete their own account", own.getUserId());
            }
        }
    }
}
