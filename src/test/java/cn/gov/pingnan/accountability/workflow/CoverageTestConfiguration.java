package cn.gov.pingnan.accountability.workflow;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The build fails when a process test class covers less than 95 % of the flow nodes and sequence flows. */
@TestConfiguration
public class CoverageTestConfiguration {

    @Bean
    public ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(0.95)
                .build();
    }
}
