package cn.gov.pingnan.accountability.security;

import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.OwnCountyKeyFilter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Filters in front of the Camunda REST API, the webapps and our {@code /api}: expression-free task
 * queries, bounded JSON bodies and security headers. All run before authentication and before the Camunda servlets.
 */
@Configuration
public class HttpHardeningConfiguration {

    private final String engineRestPattern;
    private final String webappPath;

    public HttpHardeningConfiguration(JerseyApplicationPath engineRest, CamundaBpmProperties camunda) {
        this.engineRestPattern = engineRest.getUrlMapping();
        this.webappPath = camunda.getWebapp().getApplicationPath();
    }

    @Bean
    public FilterRegistrationBean<TaskQueryExpressionFilter> taskQueryExpressionFilter() {
        FilterRegistrationBean<TaskQueryExpressionFilter> registration =
                new FilterRegistrationBean<>(new TaskQueryExpressionFilter());
        registration.setName("task-query-expression-refusal");
        // the engine REST API and the engine API the webapps (Tasklist, Cockpit) call
        registration.addUrlPatterns(engineRestPattern, webappPath + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Issue 14: with several counties a REST deployment names its county; after authentication (order 10). */
    @Bean
    public FilterRegistrationBean<DeploymentTenantFilter> deploymentTenantFilter(Counties counties) {
        FilterRegistrationBean<DeploymentTenantFilter> registration =
                new FilterRegistrationBean<>(new DeploymentTenantFilter(counties));
        registration.setName("deployment-tenant-required");
        registration.addUrlPatterns(engineRestPattern, webappPath + "/api/engine/*");
        registration.setOrder(20);
        return registration;
    }

    /** Issue 14: a definition by key is the user's own county's; after authentication (order 10). */
    @Bean
    public FilterRegistrationBean<OwnCountyKeyFilter> ownCountyKeyFilter(IdentityService identityService) {
        FilterRegistrationBean<OwnCountyKeyFilter> registration =
                new FilterRegistrationBean<>(new OwnCountyKeyFilter(identityService));
        registration.setName("own-county-by-key");
        registration.addUrlPatterns(engineRestPattern, webappPath + "/api/engine/*");
        registration.setOrder(30);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit() {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter());
        registration.setName("request-body-limit");
        registration.addUrlPatterns("/api/*", engineRestPattern, webappPath + "/api/*");
        // after the security headers (so a refusal carries them), before everything that reads a body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<SecurityHeadersFilter> apiSecurityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(SecurityHeadersFilter.forApis());
        registration.setName("api-security-headers");
        registration.addUrlPatterns("/api/*", engineRestPattern);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<SecurityHeadersFilter> webappSecurityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(SecurityHeadersFilter.forWebapps(webappPath));
        registration.setName("webapp-security-headers");
        registration.addUrlPatterns(webappPath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
