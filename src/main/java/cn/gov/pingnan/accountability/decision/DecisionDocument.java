package cn.gov.pingnan.accountability.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The written decision (问责决定书) of one respondent: everything the document says, as plain data;
 * {@code supersedes} is {@code null} for the first decision and names the replaced one after an appeal. The same
 * data always gives the same {@link #sections()} and so the same PDF text (docs/decision.md).
 */
public record DecisionDocument(
        String caseNumber,
        String respondentName,
        String unit,
        String post,
        String facts,
        List<GroundText> grounds,
        String responsibilityZh,
        String gradeZh,
        String measureZh,
        String referralZh,
        List<String> disciplinesZh,
        List<Restriction> restrictions,
        String approvingBodyZh,
        String signedBy,
        String signedAt,
        LocalDate effectiveDate,
        Supersession supersedes)
        implements WrittenDocument {

    /** Title of the document and of its PDF metadata. */
    public static final String TITLE = "问责决定书";

    /** The appeal notice of 中国共产党问责条例 (2019): one month from receipt, no suspension. */
    public static final String APPEAL_NOTICE =
            "被问责人对本决定不服的，可以自收到本决定书之日起一个月内，向作出本决定的机关书面提出申诉。" + "作出决定的机关应当自收到申诉之日起一个月内作出处理决定。申诉期间，不停止本决定的执行。";

    /**
     * the decision this one replaces after an appeal changed the measure: when it was made, its measure, the
     * day the appeal was received and the reason of the appeal decision.
     */
    public record Supersession(String decidedOn, String measureZh, String appealReceivedOn, String reasonZh) {}

    /** This decision with the changed measure and restrictions, replacing the earlier one. */
    public DecisionDocument changedByAppeal(
            String newMeasureZh,
            List<Restriction> newRestrictions,
            String newSignedBy,
            String newSignedAt,
            LocalDate changedOn,
            String appealReceivedOn,
            String reasonZh) {
        String decidedOn =
                signedAt != null && signedAt.length() >= 10 ? signedAt.substring(0, 10) : String.valueOf(effectiveDate);
        return new DecisionDocument(
                caseNumber,
                respondentName,
                unit,
                post,
                facts,
                grounds,
                responsibilityZh,
                gradeZh,
                newMeasureZh,
                referralZh,
                disciplinesZh,
                newRestrictions,
                approvingBodyZh,
                newSignedBy,
                newSignedAt,
                changedOn,
                new Supersession(decidedOn(), measureZh, appealReceivedOn, reasonZh));
    }

    /** The day the decision was made: the day it was signed, else its effective date. */
    public String decidedOn() {
        return signedAt != null && signedAt.length() >= 10 ? signedAt.substring(0, 10) : String.valueOf(effectiveDate);
    }

    @Override
    public String title() {
        return TITLE;
    }

    public DecisionDocument {
        grounds = List.copyOf(grounds);
        disciplinesZh = List.copyOf(disciplinesZh);
        restrictions = List.copyOf(restrictions);
    }

    /** One catalogue item cited by the case (R-5 … R-9), with its Chinese text. */
    public record GroundText(String code, int article, String textZh) {}

    /** One restriction with its dates (R-12.0: {@code until} is the first free day). */
    public record Restriction(String labelZh, LocalDate from, LocalDate until, String basis) {

        /** the last day covered, shown as "至…止". */
        public LocalDate lastDay() {
            return until.minusDays(1);
        }
    }

    /** A heading and its paragraphs, in the order the document prints them. */
    public record Section(String heading, List<String> paragraphs) {}

    public List<Section> sections() {
        List<Section> s = new ArrayList<>();
        if (supersedes != null) {
            // a changed decision says which decision it replaces and after which appeal
            s.add(new Section(
                    "申诉复查",
                    List.of(
                            "本决定经申诉复查作出，替代 " + supersedes.decidedOn() + " 作出的问责决定（原问责方式："
                                    + orDash(supersedes.measureZh()) + "）。",
                            "申诉收到日期：" + orDash(supersedes.appealReceivedOn()) + "；处理理由：" + orDash(supersedes.reasonZh())
                                    + "。")));
        }
        s.add(new Section(
                "被问责人", List.of("姓名（名称）：" + orDash(respondentName), "工作单位：" + orDash(unit), "职务：" + orDash(post))));
        s.add(new Section("经查明的事实", List.of(orDash(facts))));
        List<String> groundLines = new ArrayList<>();
        for (GroundText g : grounds) {
            groundLines.add("第" + chineseArticle(g.article()) + "条第 " + g.code() + " 项：" + g.textZh());
        }
        if (groundLines.isEmpty()) {
            groundLines.add("—");
        }
        s.add(new Section("问责依据（《平南县脱贫攻坚工作问责暂行办法》）", groundLines));
        // the kind of responsibility; R-10: the grade and the measure
        s.add(new Section(
                "责任认定与问责方式",
                List.of(
                        "责任类型：" + orDash(responsibilityZh) + "（第八条）",
                        "情节：" + orDash(gradeZh) + "（第十条）",
                        "问责方式：" + orDash(measureZh) + "（第十条）")));
        List<String> referral = new ArrayList<>();
        referral.add("执行方式：" + orDash(referralZh));
        if (disciplinesZh.isEmpty()) {
            referral.add("党纪政纪处分：未登记。");
        } else {
            // the discipline imposed is recorded on the case
            for (String d : disciplinesZh) {
                referral.add("党纪政纪处分：" + d);
            }
        }
        s.add(new Section("移送与处分", referral));
        List<String> restrictionLines = new ArrayList<>();
        for (Restriction r : restrictions) {
            // shown from the first to the last day covered
            restrictionLines.add(r.labelZh() + "：自 " + r.from() + " 起至 " + r.lastDay() + " 止（" + r.basis() + "）");
        }
        if (restrictionLines.isEmpty()) {
            restrictionLines.add("不登记影响期（第十一条）。");
        }
        s.add(new Section("影响期（第十二条）", restrictionLines));
        // the approving body and who signed when
        s.add(approval(approvingBodyZh, signedBy, signedAt));
        if (supersedes == null) {
            s.add(new Section("申诉权利", List.of(APPEAL_NOTICE)));
        }
        s.add(new Section("生效", List.of("本决定自 " + (effectiveDate == null ? "—" : effectiveDate) + " 起生效。")));
        return List.copyOf(s);
    }

    /** the approving body and who signed when. */
    static Section approval(String approvingBodyZh, String signedBy, String signedAt) {
        return new Section(
                "审批",
                List.of(
                        "审批机关：" + orDash(approvingBodyZh) + "（第十三条）",
                        "签批人：" + orDash(signedBy) + "，签批时间：" + orDash(signedAt) + "（谁签字、谁负责，第四条）"));
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String chineseArticle(int article) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return article >= 0 && article <= 10 ? digits[article] : Integer.toString(article);
    }
}
