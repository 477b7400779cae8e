package cn.gov.pingnan.accountability.casefile;

import cn.gov.pingnan.accountability.rules.RespondentKind;
import cn.gov.pingnan.accountability.rules.ScopeDecision;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of {@code scopeDecisions}: whether a respondent is in scope, with the Chinese reason; kept for
 * every respondent and signatory, nothing is deleted. Every key is written, {@code null} included.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ScopeEntry(String name, String personId, RespondentKind kind, boolean inScope, String reason) {

    public static ScopeEntry of(String name, String personId, RespondentKind kind, ScopeDecision decision) {
        return new ScopeEntry(name, personId, kind, decision.inScope(), decision.reasonZh());
    }
}
