package cn.gov.pingnan.accountability.workflow;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where letters and notices leave the system (the county's document exchange, 公文交换). The channel is not
 * connected yet: {@link #transmit} logs the dispatch, so connecting it changes this class only. The steps that
 * call it run as jobs with retries; a failure that outlives them is an incident naming the document and the case.
 */
@Component
public class DocumentExchange {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentExchange.class);

    /** Sends the document and returns the time of dispatch. */
    public Date send(OutgoingDocument document, String caseNumber, String recipient) {
        try {
            return transmit(document, caseNumber, recipient);
        } catch (RuntimeException e) {
            throw new StepFailedException(
                    document.labelEn() + " for case " + caseNumber + " could not be sent",
                    document.labelZh() + "发送失败（案件 " + caseNumber + "）",
                    e);
        }
    }

    /** The channel itself. */
    protected Date transmit(OutgoingDocument document, String caseNumber, String recipient) {
        LOG.info("{} for {} sent (case {})", document.labelEn(), recipient, caseNumber);
        return ClockUtil.getCurrentTime();
    }
}
