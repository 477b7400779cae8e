package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.AppealDeadline;
import cn.gov.pingnan.accountability.rules.DeliveryMethod;
import cn.gov.pingnan.accountability.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On completing 登记送达情况: A-5 who served the written decision, on which day and how; the day lies between
 * the approval and today. A-1: the appeal window starts from that day, its last day is stored as
 * {@code appealDeadline}. Signs the task.
 */
@Component("recordDelivery")
public class RecordDeliveryListener implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(RecordDeliveryListener.class);

    private final IdentityService identityService;

    public RecordDeliveryListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            String by = (String) task.getVariable(CaseVariables.DELIVERED_BY);
            if (by == null || by.isBlank()) {
                throw new InvalidInputException("deliveredBy", "Who delivered the decision is missing", "请填写送达人");
            }
            LocalDate on = JsonVariables.date(task.getVariable(CaseVariables.DELIVERED_ON), "deliveredOn", "送达日期");
            if (on == null) {
                throw new InvalidInputException("deliveredOn", "The delivery date is missing", "请填写送达日期（申诉期限自该日起算）");
            }
            LocalDate today = CountyCalendar.today();
            if (on.isAfter(today)) {
                throw new InvalidInputException(
                        "deliveredOn", "The delivery date " + on + " lies in the future", "送达日期 " + on + " 晚于今天，请核对");
            }
            Object approvedAt = task.getVariable("approveDecision" + CaseVariables.SIGNED_AT_SUFFIX);
            if (approvedAt instanceof Date d) {
                LocalDate approved = CountyCalendar.dayOf(d);
                if (on.isBefore(approved)) {
                    throw new InvalidInputException(
                            "deliveredOn",
                            "The delivery date " + on + " is before the approval on " + approved,
                            "送达日期 " + on + " 早于问责决定批准日期 " + approved + "，请核对");
                }
            }
            DeliveryMethod method = JsonVariables.enumValue(
                    DeliveryMethod.class,
                    (String) task.getVariable(CaseVariables.DELIVERY_METHOD),
                    "deliveryMethod",
                    "送达方式");
            if (method == null) {
                throw new InvalidInputException("deliveryMethod", "The delivery method is missing", "请选择送达方式");
            }
            task.setVariable(CaseVariables.DELIVERED_ON, on.toString());
            // one month from the delivery date, R-12.0's calendar rule
            task.setVariable(
                    CaseVariables.APPEAL_DEADLINE,
                    AppealDeadline.lastDayToAppeal(on).toString());
            String user = Signatures.record(task, identityService);
            LOG.info(
                    "Case {}: decision delivery recorded by {} ({}, {})",
                    task.getExecution().getProcessBusinessKey(),
                    user,
                    method,
                    on);
        } catch (RuleViolationException e) {
            LOG.warn("Delivery record refused: {}: {}", e.field(), e.messageEn());
            throw new TaskCompletionRefused(e);
        }
    }
}
