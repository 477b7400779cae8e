package cn.gov.pingnan.accountability.decision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DecisionConfiguration {

    /** Reads the bundled font once; a jar without it does not start. */
    @Bean
    public DecisionPdf decisionPdf() {
        return DecisionPdf.withBundledFont();
    }
}
