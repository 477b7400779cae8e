package cn.gov.pingnan.accountability.security;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.Authorization;
import org.camunda.bpm.webapp.impl.security.filter.RequestAuthorizer;

/**
 * Webapp security rule for the plugin APIs of Cockpit, Admin and Tasklist: the caller must be
 * logged in AND may use that app. Camunda's own rule only asks for a login, so a Tasklist user
 * could call Cockpit's plugin API directly (statistics, incidents, process instance search).
 * Named in {@code accountability-security-rules.json}.
 */
public class AppUserRequestAuthorizer implements RequestAuthorizer {

    @Override
    public Authorization authorize(Map<String, String> parameters) {
        Authentications authentications = Authentications.getCurrent();
        Authentication engineAuthentication = authentications == null
                ? null
                : authentications.getAuthenticationForProcessEngine(parameters.get("engine"));
        if (!(engineAuthentication instanceof UserAuthentication user)) {
            return Authorization.denied(Authentication.ANONYMOUS);
        }
        String app = parameters.get("app");
        return user.isAuthorizedForApp(app)
                ? Authorization.granted(user).forApplication(app)
                : Authorization.denied(user).forApplication(app);
    }
}
