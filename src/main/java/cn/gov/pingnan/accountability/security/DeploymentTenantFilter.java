package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.County;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counties (issue 14): with several counties configured, a deployment over the REST API (Camunda Modeler's "Deploy",
 * {@code POST .../deployment/create}) must name the county it is for in the multipart field {@code tenant-id}, one of
 * {@code pingnan.counties}. A deployment without tenant would be shared by every county (the engine shows data without
 * tenant to all tenants); it is refused with 400 in the REST API's error format, as is an unknown county. With one
 * county the field may be left out.
 */
public class DeploymentTenantFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentTenantFilter.class);

    /** Larger deployments are refused rather than buffered. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private static final Pattern DEPLOYMENT_CREATE = Pattern.compile("(?i)/deployment/create/?$");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern TENANT_PART_HEADER =
            Pattern.compile("(?i)content-disposition:[^\\r\\n]*\\bname=\"?tenant-id\"?(?:[;\\r\\n]|$)");

    private final Counties counties;

    public DeploymentTenantFilter(Counties counties) {
        this.counties = counties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || !isDeploymentCreate(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = ReplayableBodyRequest.read(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Deployment is too large");
            return;
        }
        Optional<String> tenantId = tenantId(request.getContentType(), body);
        String configured = counties.all().stream().map(County::id).collect(Collectors.joining(", "));
        if (tenantId.isEmpty() && counties.isMultiCounty()) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "A deployment must name its county in the field tenant-id (one of: " + configured
                            + "); without it the diagram would apply to every county");
            return;
        }
        if (tenantId.isPresent() && counties.byId(tenantId.get()).isEmpty()) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Unknown tenant-id '" + tenantId.get() + "': the counties are " + configured);
            return;
        }
        chain.doFilter(new ReplayableBodyRequest(request, body), response);
    }

    static boolean isDeploymentCreate(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return DEPLOYMENT_CREATE.matcher(path.replaceAll("/{2,}", "/")).find();
    }

    /** The non-blank value of the multipart field {@code tenant-id}, if the body has one. */
    static Optional<String> tenantId(String contentType, byte[] body) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            return Optional.empty();
        }
        String boundary = "--" + (boundaryMatch.group(1) != null ? boundaryMatch.group(1) : boundaryMatch.group(2));
        // ISO-8859-1 keeps every byte as one char: the field's value (an id, ASCII) is read back unchanged
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split(Pattern.quote(boundary))) {
            int headersEnd = part.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            if (TENANT_PART_HEADER.matcher(part.substring(0, headersEnd)).find()) {
                String value = part.substring(headersEnd + 4).trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        EngineRestRefusal.send(LOG, "deployment", request, response, status, message);
    }
}
