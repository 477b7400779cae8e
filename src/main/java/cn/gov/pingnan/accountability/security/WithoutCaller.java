package cn.gov.pingnan.accountability.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine read without the caller's engine identity and puts it back afterwards. For reads whose rights our
 * own code has checked already ({@code @AllowedGroups}, {@code CaseReadRule}, the county of the caller): staff hold
 * few engine rights (no history, no other users), so under their identity the engine would answer nothing.
 */
public final class WithoutCaller {

    private WithoutCaller() {}

    public static <T> T read(IdentityService identityService, Supplier<T> read) {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            return read.get();
        }
        identityService.clearAuthentication();
        try {
            return read.get();
        } finally {
            identityService.setAuthentication(caller);
        }
    }
}
