package cn.gov.pingnan.accountability.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers Camunda does not set. The JSON APIs ({@code /api}, {@code /engine-rest}) are
 * never rendered, framed or cached; the webapps keep Camunda's own CSP and are additionally never
 * framed (old browsers ignore CSP frame-ancestors), and the data they load from
 * {@code /camunda/api} is never cached either.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String NO_STORE = "no-store";

    private final boolean api;
    private final String webappDataPrefix;

    private SecurityHeadersFilter(boolean api, String webappDataPrefix) {
        this.api = api;
        this.webappDataPrefix = webappDataPrefix;
    }

    public static SecurityHeadersFilter forApis() {
        return new SecurityHeadersFilter(true, null);
    }

    /** @param webappPath e.g. {@code /camunda}; responses under its {@code /api/} carry data */
    public static SecurityHeadersFilter forWebapps(String webappPath) {
        return new SecurityHeadersFilter(false, webappPath + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (api) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", API_CSP);
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }
        boolean data = api || request.getRequestURI().startsWith(request.getContextPath() + webappDataPrefix);
        if (data) {
            // personnel data must not stay in browser or proxy caches; Camunda's CacheControlFilter would say no-cache
            response.setHeader("Cache-Control", NO_STORE);
            chain.doFilter(request, new NoStoreResponse(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Keeps {@code Cache-Control: no-store} whatever a later filter or servlet sets. */
    private static final class NoStoreResponse extends HttpServletResponseWrapper {

        NoStoreResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
