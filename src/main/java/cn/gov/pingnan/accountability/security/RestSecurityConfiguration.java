package cn.gov.pingnan.accountability.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /engine-rest/**} and our {@code /api/**} require HTTP Basic authentication against the
 * engine's users; {@code /api} handlers additionally declare the groups allowed to call them.
 */
@Configuration
public class RestSecurityConfiguration implements WebMvcConfigurer {

    private final ApiGroupCheck apiGroupCheck;

    public RestSecurityConfiguration(ApiGroupCheck apiGroupCheck) {
        this.apiGroupCheck = apiGroupCheck;
    }

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = authenticationFilter(
                new ProcessEngineAuthenticationFilter(), "camunda-rest-basic-auth", "/engine-rest/*");
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ApiAuthenticationFilter filter) {
        return authenticationFilter(filter, "api-basic-auth", "/api/*");
    }

    @Bean
    public FilterRegistrationBean<OperatorEndpointsFilter> operatorEndpoints(OperatorEndpointsFilter filter) {
        return authenticationFilter(filter, "operator-endpoints", "/actuator/*");
    }

    /** All three authenticate at the same order, after the task-query expression filter. */
    private static <F extends Filter> FilterRegistrationBean<F> authenticationFilter(
            F filter, String name, String urlPattern) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(urlPattern);
        registration.setOrder(10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(apiGroupCheck).addPathPatterns("/api/**");
    }
}
