package cn.gov.pingnan.accountability.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The running server of the security ITs: real port, in-memory H2, no job executor, demo users.
 * Every security IT uses this one annotation, so Spring starts the server once for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:sec-${random.uuid};DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false",
            "pingnan.demo.enabled=true"
        })
@Import(SecurityTestConfiguration.class)
public @interface SecurityIntegrationTest {}
