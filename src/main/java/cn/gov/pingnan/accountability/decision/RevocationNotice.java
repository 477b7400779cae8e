package cn.gov.pingnan.accountability.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * the written notice (撤销问责决定通知书) that an appeal revoked a decision: which decision, after which appeal,
 * why, every restriction of it ended from which day, who decided when. It becomes the current written state of
 * the respondent's decision; the revoked decision stays retrievable (docs/decision.md).
 */
public record RevocationNotice(
        String caseNumber,
        String respondentName,
        String unit,
        String revokedDecisionOn,
        String revokedMeasureZh,
        String appealReceivedOn,
        String reasonZh,
        List<DecisionDocument.Restriction> endedRestrictions,
        LocalDate revokedOn,
        String approvingBodyZh,
        String signedBy,
        String signedAt)
        implements WrittenDocument {

    public static final String TITLE = "撤销问责决定通知书";

    public RevocationNotice {
        endedRestrictions = List.copyOf(endedRestrictions);
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<DecisionDocument.Section> sections() {
        List<DecisionDocument.Section> s = new ArrayList<>();
        s.add(new DecisionDocument.Section(
                "被问责人",
                List.of("姓名（名称）：" + DecisionDocument.orDash(respondentName), "工作单位：" + DecisionDocument.orDash(unit))));
        s.add(new DecisionDocument.Section(
                "撤销决定",
                List.of(
                        "经申诉复查，撤销 " + DecisionDocument.orDash(revokedDecisionOn) + " 作出的问责决定（问责方式："
                                + DecisionDocument.orDash(revokedMeasureZh) + "）。",
                        "申诉收到日期：" + DecisionDocument.orDash(appealReceivedOn) + "；处理理由："
                                + DecisionDocument.orDash(reasonZh) + "。")));
        List<String> lines = new ArrayList<>();
        for (DecisionDocument.Restriction r : endedRestrictions) {
            // dates as the revoked decision stated them; A-4: ended from the day of the revocation
            lines.add(r.labelZh() + "：原定自 " + r.from() + " 起至 " + r.lastDay() + " 止，自 " + revokedOn + " 起终止");
        }
        if (lines.isEmpty()) {
            lines.add("原决定无仍在执行的影响期。");
        }
        s.add(new DecisionDocument.Section("影响期（第十二条）", lines));
        s.add(DecisionDocument.approval(approvingBodyZh, signedBy, signedAt));
        s.add(new DecisionDocument.Section("生效", List.of("本通知自 " + (revokedOn == null ? "—" : revokedOn) + " 起生效。")));
        return List.copyOf(s);
    }
}
