package cn.gov.pingnan.accountability.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda's default authorizations, except that a new user gets READ and UPDATE on their own
 * account (profile, password) instead of ALL: a staff member cannot delete their own account and
 * with it the trace of who did what.
 */
public class OwnAccountAuthorizationProvider extends DefaultAuthorizationProvider {

    static final Permission[] OWN_ACCOUNT_PERMISSIONS = {Permissions.READ, Permissions.UPDATE};

    @Override
    public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity[] own = super.newUser(user);
        for (AuthorizationEntity authorization : own) {
            authorization.setPermissions(OWN_ACCOUNT_PERMISSIONS);
        }
        return own;
    }
}
