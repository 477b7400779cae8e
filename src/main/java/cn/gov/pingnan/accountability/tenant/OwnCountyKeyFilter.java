package cn.gov.pingnan.accountability.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 14: the engine REST API reads {@code /process-definition/key/{key}/...} without {@code /tenant-id/} as "the
 * definition that belongs to no tenant"; with one deployment per county there is none. A user who belongs to exactly
 * one county means that county's definition, so the request goes on as {@code
 * /process-definition/key/{key}/tenant-id/{county}/...}: 平南县's intake starts a case by key as before, 港南区's starts
 * 港南区's. A user of several counties (the prefecture's readers) or none (operators) names the county in the path, as
 * Camunda documents. Runs after authentication, which gives the user's tenants.
 */
public class OwnCountyKeyFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(OwnCountyKeyFilter.class);

    private static final Pattern BY_KEY = Pattern.compile("^(.*/process-definition/key/)([^/]+)(/.*)?$");

    private final IdentityService identityService;

    public OwnCountyKeyFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String pathInfo = request.getPathInfo();
        Matcher byKey = pathInfo == null ? null : BY_KEY.matcher(pathInfo);
        if (byKey == null || !byKey.matches() || startsWithTenant(byKey.group(3))) {
            chain.doFilter(request, response);
            return;
        }
        Authentication user = identityService.getCurrentAuthentication();
        List<String> tenants = user == null ? null : user.getTenantIds();
        if (tenants == null || tenants.size() != 1) {
            chain.doFilter(request, response);
            return;
        }
        String rest = byKey.group(3) == null ? "" : byKey.group(3);
        String target =
                request.getServletPath() + byKey.group(1) + byKey.group(2) + "/tenant-id/" + tenants.get(0) + rest;
        LOG.debug("{} {} as {} → {}", request.getMethod(), request.getRequestURI(), user.getUserId(), target);
        request.getRequestDispatcher(target).forward(request, response);
    }

    private static boolean startsWithTenant(String rest) {
        return rest != null && (rest.equals("/tenant-id") || rest.startsWith("/tenant-id/"));
    }
}
