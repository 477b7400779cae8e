package cn.gov.pingnan.accountability.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication of {@code /api/**} against the engine's users. The engine's identity
 * is set for the request so engine calls are authorized as the caller.
 */
@Component
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final BasicAuthentication authentication;
    private final IdentityService identityService;

    public ApiAuthenticationFilter(BasicAuthentication authentication, IdentityService identityService) {
        this.authentication = authentication;
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiUser> user = authentication.authenticate(request);
        if (user.isEmpty()) {
            ApiErrors.unauthorized(response);
            return;
        }
        request.setAttribute(ApiUser.REQUEST_ATTRIBUTE, user.get());
        identityService.setAuthentication(user.get().userId(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
