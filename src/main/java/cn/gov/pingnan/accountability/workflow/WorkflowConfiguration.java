package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CountyRuleTables;
import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.County;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule tables (R-14: data loaded once) and settings the delegates use. */
@Configuration
@EnableConfigurationProperties({WorkflowSettings.class, TaskDeadlineSettings.class})
public class WorkflowConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowConfiguration.class);

    /** The default county's tables (pages, statistics, the preview API). */
    @Bean
    public GroundsCatalogue groundsCatalogue(CountyRuleTables tables, Counties counties) {
        return tables.grounds(counties.defaultCounty().id());
    }

    @Bean
    public DisciplineCatalogue disciplineCatalogue(CountyRuleTables tables, Counties counties) {
        return tables.disciplines(counties.defaultCounty().id());
    }

    /**
     * each county's tables, its overrides under {@code <data-dir>/rules/<countyId>/} or on the classpath under
     * {@code rules/<countyId>/}; a malformed override stops the start (docs/register.md).
     */
    @Bean
    public CountyRuleTables countyRuleTables(Counties counties, @Value("${pingnan.data-dir:}") String dataDir) {
        CountyRuleTables tables = CountyRuleTables.load(
                counties.all().stream().map(County::id).toList(),
                dataDir.isBlank() ? null : Path.of(dataDir),
                WorkflowConfiguration.class.getClassLoader());
        counties.all().stream()
                .filter(c -> tables.overrides(c.id()))
                .forEach(c -> LOG.info("R-14: county {} uses rule tables of its own", c.id()));
        return tables;
    }

    @Bean
    public RestrictionCalculator restrictionCalculator(DisciplineCatalogue disciplineCatalogue) {
        return new RestrictionCalculator(disciplineCatalogue);
    }
}
