package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.register.PersonIdMasking;
import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import cn.gov.pingnan.accountability.register.RestrictionRegister;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 标记影响期届满: each restriction ends by itself on its date (EXPIRED, never deleted). */
@Component("expireRestriction")
public class ExpireRestrictionDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ExpireRestrictionDelegate.class);

    private final RestrictionRegister register;

    public ExpireRestrictionDelegate(RestrictionRegister register) {
        this.register = register;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(CaseVariables.RESTRICTION_ID)).longValue();
        Optional<RegisteredRestriction> expired;
        try {
            expired = register.expire(id);
        } catch (RuntimeException e) {
            // after its retries the job is an incident in Cockpit that says which row could not be written
            throw new StepFailedException("Register write failed for restriction " + id, "影响期登记失败（编号 " + id + "）", e);
        }
        // a missing row is an operator matter: the job retries, then shows as an incident in Cockpit
        RegisteredRestriction row = expired.orElseThrow(() -> new StepFailedException(
                "Restriction " + id + " is not in the register", "影响期登记簿中没有编号 " + id + " 的记录", null));
        execution.setVariable(
                CaseVariables.EXPIRY_NOTE,
                row.personName() + "的“" + row.type().labelZh() + "”影响期已于 " + row.until() + " 届满（第十二条）");
        LOG.info("Restriction {} of person id {} expired", id, PersonIdMasking.mask(row.personId()));
    }
}
