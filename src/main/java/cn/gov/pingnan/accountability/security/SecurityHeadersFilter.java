package cn.gov.pingnan.accountability.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers Camunda does not set. The JSON APIs ({@code /api}, {@code /engine-rest}) are
 * never rendered, framed or cached; the webapps keep Camunda's own CSP and are additionally never
 * framed (old browsers ignore CSP frame-ancestors).
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  private final boolean api;

  private SecurityHeadersFilter(boolean api) {
    this.api = api;
  }

  public static SecurityHeadersFilter forApis() {
    return new SecurityHeadersFilter(true);
  }

  public static SecurityHeadersFilter forWebapps() {
    return new SecurityHeadersFilter(false);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (api) {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Content-Security-Policy", API_CSP);
      // personnel data must not stay in browser or proxy caches
      response.setHeader("Cache-Control", "no-store");
      if (request.isSecure()) {
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
      }
    }
    chain.doFilter(request, response);
  }
}
