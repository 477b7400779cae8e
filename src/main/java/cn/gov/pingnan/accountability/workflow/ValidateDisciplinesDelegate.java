package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.casefile.DisciplineEntry;
import cn.gov.pingnan.accountability.rules.DisciplineCatalogue;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 校验党纪政纪处分: each discipline imposed has a configured type and an effective date.
 * An empty list means the referred procedure imposed none. Invalid → back to the recording task.
 */
@Component("validateDisciplines")
public class ValidateDisciplinesDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ValidateDisciplinesDelegate.class);

    private final CountyRules rules;

    public ValidateDisciplinesDelegate(CountyRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the influence periods of the case's county
        DisciplineCatalogue catalogue = rules.disciplines(execution);
        Problems problems = new Problems();
        problems.check(() -> {
            List<DisciplineEntry> list = JsonVariables.readArray(execution, CaseVariables.DISCIPLINES)
                    .asListOf(DisciplineEntry.class);
            for (int i = 0; i < list.size(); i++) {
                DisciplineEntry d = list.get(i);
                int index = i;
                problems.check(() -> catalogue.monthsOf(d.type(), index));
                problems.check(() -> {
                    if (JsonVariables.date(d.effectiveDate(), "disciplines[" + index + "].effectiveDate", "处分生效日期")
                            == null) {
                        throw new InvalidInputException(
                                "disciplines[" + index + "].effectiveDate",
                                "Discipline " + index + " has no effective date",
                                "第" + (index + 1) + "项处分未填写生效日期");
                    }
                });
            }
        });
        execution.setVariable(CaseVariables.DISCIPLINES_VALID, problems.isEmpty());
        if (problems.isEmpty()) {
            execution.removeVariable(CaseVariables.DISCIPLINES_ERROR);
        } else {
            problems.log(LOG, "Disciplines", execution.getProcessBusinessKey());
            execution.setVariable(CaseVariables.DISCIPLINES_ERROR, problems.zh());
        }
    }
}
