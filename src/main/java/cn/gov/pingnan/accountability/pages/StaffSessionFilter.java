package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.tenant.CountyAccess;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The staff pages ({@code /staff/**}) use the Camunda webapps' sign-in: the user the welcome page, Tasklist or
 * Cockpit logged in is read from the HTTP session (one session, one sign-in). A visitor who is not signed in is
 * sent to the Camunda login. Every request that is not a GET must carry the session's CSRF token (form field
 * {@value #CSRF_PARAMETER}); the pages are never framed or cached (personnel data).
 */
public class StaffSessionFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(StaffSessionFilter.class);
    static final String CSRF_PARAMETER = "_csrf";
    static final String CSRF_SESSION_ATTRIBUTE = StaffSessionFilter.class.getName() + ".csrf";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String engineName;
    private final String loginPath;
    private final CountyAccess counties;

    /** @param webappPath the Camunda webapps' path, e.g. {@code /camunda} */
    public StaffSessionFilter(String engineName, String webappPath, CountyAccess counties) {
        this.engineName = engineName;
        this.counties = counties;
        this.loginPath = webappPath + "/app/welcome/" + engineName + "/#!/login";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        StaffUser user = session == null ? null : signedIn(session);
        if (user == null) {
            response.sendRedirect(request.getContextPath() + loginPath);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            if (!validToken(session, request.getParameter(CSRF_PARAMETER))) {
                LOG.warn(
                        "Refused {} {} by {}: missing or wrong CSRF token",
                        request.getMethod(),
                        request.getRequestURI(),
                        user.userId());
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("请求已过期或来源不明，请刷新页面后重试。");
                return;
            }
        }
        request.setAttribute(StaffUser.REQUEST_ATTRIBUTE, user);
        request.setAttribute(CSRF_PARAMETER, token(session));
        chain.doFilter(request, response);
    }

    private StaffUser signedIn(HttpSession session) {
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication =
                authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
        if (authentication instanceof UserAuthentication user) {
            List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
            // issue 14: the counties he reads, once per request
            return new StaffUser(user.getIdentityId(), groups, counties.visibleCounties(user.getIdentityId(), groups));
        }
        return null;
    }

    /** One random token per session, created on first use. */
    static String token(HttpSession session) {
        Object token = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        if (token instanceof String s) {
            return s;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = HexFormat.of().formatHex(bytes);
        session.setAttribute(CSRF_SESSION_ATTRIBUTE, created);
        return created;
    }

    private static boolean validToken(HttpSession session, String given) {
        Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        return expected instanceof String s
                && given != null
                && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
