package cn.gov.pingnan.accountability.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Beans that exist only in the security ITs (not picked up by other tests' component scan). */
@TestConfiguration(proxyBeanMethods = false)
public class SecurityTestConfiguration {

    @Bean("probe")
    public ExpressionProbe probe() {
        return new ExpressionProbe();
    }

    /**
     * An {@code /api} endpoint with typed input, to prove what bad input gets back from our API
     * (the register's endpoints are built elsewhere). Registered as a member class of this
     * configuration, so only where this configuration is imported.
     */
    @RestController
    @AllowedGroups({"investigators", "camunda-admin"})
    public static class ApiProbeController {

        public record Echo(@NotBlank String name, int count, LocalDate date) {}

        @PostMapping("/api/security-probe/echo")
        public Echo echo(@Valid @RequestBody Echo echo) {
            return echo;
        }

        @GetMapping("/api/security-probe/count")
        public int count(@RequestParam int n) {
            return n;
        }
    }
}
