package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule tables (R-14: data loaded once) and settings the delegates use. */
@Configuration
@EnableConfigurationProperties({WorkflowSettings.class, TaskDeadlineSettings.class})
public class WorkflowConfiguration {

    @Bean
    public GroundsCatalogue groundsCatalogue() {
        return GroundsCatalogue.loadDefault();
    }

    @Bean
    public DisciplineCatalogue disciplineCatalogue() {
        return DisciplineCatalogue.loadDefault();
    }

    @Bean
    public RestrictionCalculator restrictionCalculator(DisciplineCatalogue disciplineCatalogue) {
        return new RestrictionCalculator(disciplineCatalogue);
    }
}
