package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.tenant.CountyAccess;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staff pages live under {@value #PREFIX}, which neither Camunda's webapps nor its REST API use. */
@Configuration
public class StaffPagesConfiguration {

    public static final String PREFIX = "/staff";

    @Bean
    public FilterRegistrationBean<StaffSessionFilter> staffSession(
            CamundaBpmProperties camunda, CountyAccess counties) {
        FilterRegistrationBean<StaffSessionFilter> registration = new FilterRegistrationBean<>(new StaffSessionFilter(
                camunda.getProcessEngineName(), camunda.getWebapp().getApplicationPath(), counties));
        registration.setName("staff-session");
        registration.addUrlPatterns(PREFIX + "/*");
        registration.setOrder(10);
        return registration;
    }
}
