package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.CountyRuleTables;
import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import cn.gov.pingnan.accountability.rules.GroundsCatalogue;
import cn.gov.pingnan.accountability.rules.RestrictionCalculator;
import cn.gov.pingnan.accountability.tenant.Counties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** the rule tables of the execution's county ({@code Counties.countyOf(execution.getTenantId())}). */
@Component
public class CountyRules {

    private final CountyRuleTables tables;
    private final Counties counties;

    public CountyRules(CountyRuleTables tables, Counties counties) {
        this.tables = tables;
        this.counties = counties;
    }

    public String countyOf(DelegateExecution execution) {
        return counties.countyOf(execution.getTenantId());
    }

    public GroundsCatalogue grounds(DelegateExecution execution) {
        return tables.grounds(countyOf(execution));
    }

    public GroundsCatalogue grounds(String countyId) {
        return tables.grounds(countyId);
    }

    public DisciplineCatalogue disciplines(DelegateExecution execution) {
        return tables.disciplines(countyOf(execution));
    }

    public DisciplineCatalogue disciplines(String countyId) {
        return tables.disciplines(countyId);
    }

    public RestrictionCalculator calculator(DelegateExecution execution) {
        return tables.calculator(countyOf(execution));
    }
}
