package cn.gov.pingnan.accountability.security;

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
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-basic-auth");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ApiAuthenticationFilter filter) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("api-basic-auth");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<OperatorEndpointsFilter> operatorEndpoints(OperatorEndpointsFilter filter) {
    FilterRegistrationBean<OperatorEndpointsFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("operator-endpoints");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(10);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(apiGroupCheck).addPathPatterns("/api/**");
  }
}
