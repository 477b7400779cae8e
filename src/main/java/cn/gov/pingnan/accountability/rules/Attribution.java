package cn.gov.pingnan.accountability.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * turns the respondents and signatories recorded by the investigation into the
 * final respondent list, each with a responsibility type.
 *
 * <p>Order: named respondents in the given order (a unit followed by its party and administrative
 * head), then signatories. A person who appears more than once (same {@code personId}) is listed once,
 * at the first place, with the strongest responsibility (决策 &gt; 领导 &gt; 经办) and all bases.
 */
public final class Attribution {

    public static final String BASIS_NAMED = "R-3.1";
    public static final String BASIS_UNIT_HEAD = "R-4.1";
    public static final String BASIS_SIGNATORY = "R-4.2";

    private Attribution() {}

    /** a collective decision puts decision responsibility on the top leader (一把手); executing staff carry 经办责任. */
    public static ResponsibilityType responsibilityOf(CaseRole role, boolean collectiveDecision) {
        if (role == null) {
            throw new RuleViolationException(
                    "role", "The person's role in the matter is missing", "未填写该人员在问题中的角色（一把手、参与决策、领导或经办）");
        }
        return switch (role) {
            case TOP_LEADER -> collectiveDecision ? ResponsibilityType.DECISION : ResponsibilityType.LEADERSHIP;
            case DECISION_PARTICIPANT -> ResponsibilityType.DECISION;
            case LEADER -> ResponsibilityType.LEADERSHIP;
            case EXECUTING_STAFF -> ResponsibilityType.EXECUTION;
        };
    }

    /** a third-party acceptance is only a reference and never a reason to drop a respondent. */
    public static boolean citesThirdPartyAcceptance(SignatoryExclusionReason code, String writtenReason) {
        if (code == SignatoryExclusionReason.THIRD_PARTY_ACCEPTANCE) {
            return true;
        }
        if (writtenReason == null) {
            return false;
        }
        String compact = writtenReason.replaceAll("\\s+", "");
        if (compact.contains("第三方") && compact.contains("验收")) {
            return true;
        }
        String en = writtenReason.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        return en.contains("third party") && en.contains("accept");
    }

    public static List<AttributedRespondent> expand(
            List<Respondent> respondents, List<Signatory> signatories, boolean collectiveDecision) {
        Map<String, Entry> byPerson = new LinkedHashMap<>();
        List<Respondent> named = respondents == null ? List.of() : respondents;
        for (int i = 0; i < named.size(); i++) {
            Respondent r = named.get(i);
            String field = "respondents[" + i + "]";
            if (r == null || r.kind() == null) {
                throw new RuleViolationException(
                        field + ".kind",
                        "Respondent " + i + " has no kind (unit or person)",
                        "第" + (i + 1) + "个被问责对象未选择单位或工作人员");
            }
            requireId(r, field);
            if (r.isUnit()) {
                add(byPerson, r, ResponsibilityType.LEADERSHIP, BASIS_NAMED);
                // 党政同责，捆绑问责: both heads of the unit become respondents
                Respondent partyHead = requireHead(r.partyHead(), field + ".partyHead", r, "党组织主要负责人", "party head");
                Respondent adminHead =
                        requireHead(r.adminHead(), field + ".adminHead", r, "行政主要负责人", "administrative head");
                CaseRole partyRole = partyHead.role() != null ? partyHead.role() : CaseRole.TOP_LEADER;
                CaseRole adminRole = adminHead.role() != null ? adminHead.role() : CaseRole.LEADER;
                add(byPerson, partyHead, responsibilityOf(partyRole, collectiveDecision), BASIS_UNIT_HEAD);
                add(byPerson, adminHead, responsibilityOf(adminRole, collectiveDecision), BASIS_UNIT_HEAD);
            } else {
                if (r.role() == null) {
                    throw new RuleViolationException(
                            field + ".role",
                            "The role of the respondent in the matter is missing (R-8)",
                            "未填写" + nameOf(r) + "在问题中的角色，无法认定责任类型（第八条）");
                }
                add(byPerson, r, responsibilityOf(r.role(), collectiveDecision), BASIS_NAMED);
            }
        }
        List<Signatory> signed = signatories == null ? List.of() : signatories;
        for (int j = 0; j < signed.size(); j++) {
            Signatory s = signed.get(j);
            String field = "signatories[" + j + "]";
            if (s == null || s.person() == null) {
                throw new RuleViolationException(
                        field + ".person", "Signatory " + j + " has no person", "第" + (j + 1) + "个签字人未填写人员");
            }
            Respondent p = s.person();
            if (p.kind() == RespondentKind.UNIT) {
                throw new RuleViolationException(
                        field + ".person", "A signatory is a person, not a unit", "签字人应为工作人员，不能是单位");
            }
            requireId(p, field + ".person");
            if (s.exclusionRequested()) {
                // "accepted by a third party" never relieves the acceptance staff
                if (citesThirdPartyAcceptance(s.exclusionCode(), s.exclusionReason())) {
                    throw new RuleViolationException(
                            field + ".exclusionReason",
                            "A third-party acceptance is only a reference and cannot exempt a signatory (Art. 9)",
                            "第三方验收结论只能作为参考，不能免除" + nameOf(p) + "的责任，不得作为不予问责的理由（第九条）");
                }
                // a signatory is dropped only with a written reason
                if (s.exclusionReason() == null || s.exclusionReason().isBlank()) {
                    throw new RuleViolationException(
                            field + ".exclusionReason",
                            "A signatory can only be excluded with a written reason",
                            "不将签字人" + nameOf(p) + "列为被问责对象的，须书面说明理由（谁签字、谁负责）");
                }
                continue;
            }
            // 谁签字、谁负责: the signatory becomes a respondent; signing is handling (经办) unless recorded otherwise
            CaseRole role = p.role() != null ? p.role() : CaseRole.EXECUTING_STAFF;
            add(byPerson, p, responsibilityOf(role, collectiveDecision), BASIS_SIGNATORY);
        }
        if (byPerson.isEmpty()) {
            throw new RuleViolationException("respondents", "The investigation names no respondent", "调查未确定任何被问责对象");
        }
        List<AttributedRespondent> result = new ArrayList<>();
        for (Entry e : byPerson.values()) {
            result.add(new AttributedRespondent(e.respondent, e.responsibility, List.copyOf(e.basis)));
        }
        return List.copyOf(result);
    }

    private static Respondent requireHead(
            Respondent head, String field, Respondent unit, String whichZh, String whichEn) {
        if (head == null) {
            throw new RuleViolationException(
                    field,
                    "Unit " + unit.name() + " has no " + whichEn + "; both heads are respondents (R-4.1)",
                    "单位“" + nameOf(unit) + "”未填写" + whichZh + "，党政同责须同时问责党政主要负责人（第四条）");
        }
        if (head.kind() == RespondentKind.UNIT) {
            throw new RuleViolationException(
                    field, "The " + whichEn + " of " + unit.name() + " must be a person", whichZh + "应为工作人员");
        }
        requireId(head, field);
        return head;
    }

    private static void requireId(Respondent r, String field) {
        if (r.personId() == null || r.personId().isBlank()) {
            throw new RuleViolationException(
                    field + ".personId",
                    "Respondent has no id",
                    nameOf(r) + "缺少编号"); // the field names the respondent; logs carry no names
        }
    }

    private static String nameOf(Respondent r) {
        return r.name() == null ? "" : r.name();
    }

    private static void add(Map<String, Entry> byPerson, Respondent r, ResponsibilityType type, String basis) {
        Entry existing = byPerson.get(r.personId());
        if (existing == null) {
            byPerson.put(r.personId(), new Entry(r, type, basis));
            return;
        }
        if (type.ordinal() < existing.responsibility.ordinal()) {
            existing.responsibility = type;
        }
        existing.basis.add(basis);
    }

    private static final class Entry {
        final Respondent respondent;
        ResponsibilityType responsibility;
        final Set<String> basis = new LinkedHashSet<>();

        Entry(Respondent respondent, ResponsibilityType responsibility, String basis) {
            this.respondent = respondent;
            this.responsibility = responsibility;
            this.basis.add(basis);
        }
    }
}
