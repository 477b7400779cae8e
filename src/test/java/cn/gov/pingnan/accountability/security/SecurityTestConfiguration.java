package cn.gov.pingnan.accountability.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Beans that exist only in the security ITs (not picked up by other tests' component scan). */
@TestConfiguration(proxyBeanMethods = false)
public class SecurityTestConfiguration {

  @Bean("probe")
  public ExpressionProbe probe() {
    return new ExpressionProbe();
  }
}
