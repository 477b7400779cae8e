package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.api.ApiProblems;
import cn.gov.pingnan.accountability.staff.StaffGroup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} stays open for load balancers (status only, no details); every other
 * actuator endpoint — metrics in Prometheus format among them — is for authenticated operators
 * ({@code camunda-admin}) only.
 */
@Component
public class OperatorEndpointsFilter extends OncePerRequestFilter {

    private final BasicAuthentication authentication;

    public OperatorEndpointsFilter(BasicAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiUser> user = authentication.authenticate(request);
        if (user.isEmpty()) {
            ApiProblems.unauthorized(request, response);
        } else if (!user.get().isMemberOfAny(StaffGroup.ADMIN_GROUP)) {
            ApiProblems.write(request, response, HttpStatus.FORBIDDEN, "Forbidden: operators only", null);
        } else {
            chain.doFilter(request, response);
        }
    }
}
