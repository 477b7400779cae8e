package cn.gov.pingnan.accountability.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** every confirmation records who signed and when ({@code reviewProposalSignedBy}, …SignedAt). */
@Component("recordSignature")
public class RecordSignatureListener implements TaskListener {

    private final IdentityService identityService;

    public RecordSignatureListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Signatures.record(task, identityService);
    }
}
