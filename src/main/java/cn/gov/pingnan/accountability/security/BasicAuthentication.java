package cn.gov.pingnan.accountability.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks HTTP Basic credentials against the engine's users (its login throttling applies). */
@Component
public class BasicAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthentication.class);
    private static final String BASIC = "Basic ";

    private final IdentityService identityService;

    public BasicAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The caller with his groups, or empty when credentials are missing, malformed or wrong. */
    public Optional<ApiUser> authenticate(HttpServletRequest request) {
        String[] credentials = decode(request.getHeader("Authorization"));
        if (credentials == null) {
            return Optional.empty();
        }
        if (!identityService.checkPassword(credentials[0], credentials[1])) {
            LOG.info("Refused authentication for user '{}' on {}", credentials[0], request.getRequestURI());
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(credentials[0]).list().stream()
                .map(Group::getId)
                .toList();
        return Optional.of(new ApiUser(credentials[0], groups));
    }

    private static String[] decode(String header) {
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
