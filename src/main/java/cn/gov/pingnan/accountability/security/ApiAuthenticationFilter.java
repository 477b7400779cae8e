package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.api.ApiProblems;
import cn.gov.pingnan.accountability.tenant.CountyAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of {@code /api/**} against the engine's users. The engine's identity
 * is set for the request so engine calls are authorized as the caller. A GET without credentials may also
 * come from a logged-in Tasklist user (the decision download link in a form): the webapp session's Camunda
 * login is used then. Only for reads, so the session cookie never authorizes a change (docs/security.md).
 */
@Component
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final BasicAuthentication authentication;
    private final IdentityService identityService;
    private final CountyAccess counties;

    public ApiAuthenticationFilter(
            BasicAuthentication authentication, IdentityService identityService, CountyAccess counties) {
        this.authentication = authentication;
        this.identityService = identityService;
        this.counties = counties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiUser> user = authentication.authenticate(request);
        if (user.isEmpty() && request.getHeader("Authorization") == null) {
            user = webappSession(request);
        }
        if (user.isEmpty()) {
            ApiProblems.unauthorized(request, response);
            return;
        }
        // issue 14: the counties the caller reads, once per request
        ApiUser caller = user.get()
                .withCounties(
                        counties.visibleCounties(user.get().userId(), user.get().groupIds()));
        request.setAttribute(ApiUser.REQUEST_ATTRIBUTE, caller);
        // the engine's tenant check needs the caller's counties too: without them an engine query under this identity
        // would see only data of no tenant, which a county installation does not have
        identityService.setAuthentication(caller.userId(), caller.groupIds(), caller.countyIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The Camunda webapp login of this browser session, for GET and HEAD only. */
    private static Optional<ApiUser> webappSession(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = auths == null ? null : auths.getAuthenticationForProcessEngine(ENGINE);
        if (!(login instanceof UserAuthentication user) || user.getName() == null) {
            return Optional.empty();
        }
        return Optional.of(new ApiUser(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
    }
}
