package cn.gov.pingnan.accountability.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What was decided for one respondent, as the closer reads it on 办结案件: measure, who approved and when
 * discipline imposed, rectification, judicial transfer and the
 * restrictions of the register, each with its dates as YYYY-MM-DD.
 *
 * @param measure {@code null} where no measure was decided (e.g. transferred to the judicial organs)
 * @param rectificationVerified {@code null} where no rectification was ordered
 */
public record RespondentOutcome(
        String respondentName,
        Measure measure,
        String approvedBy,
        LocalDate approvedOn,
        boolean takenOverByCommission,
        List<Discipline> disciplines,
        Boolean rectificationVerified,
        String rectificationNote,
        boolean judicialTransfer,
        List<Restriction> restrictions) {

    /** A discipline imposed with its Chinese label. */
    public record Discipline(String labelZh, LocalDate effectiveDate) {}

    /** A register row, {@code [from, until)}. */
    public record Restriction(String labelZh, LocalDate from, LocalDate until) {}

    public RespondentOutcome {
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }

    /** One line in Chinese, parts separated by 「；」. */
    public String lineZh() {
        List<String> parts = new ArrayList<>();
        parts.add("问责方式：" + (measure == null ? "未作问责决定" : measure.labelZh()));
        if (approvedBy != null || approvedOn != null) {
            // a decision the commission took over directly says so
            parts.add((takenOverByCommission ? "县纪委监委直接问责，" : "") + orDash(approvedBy) + " 于 " + orDash(approvedOn)
                    + " 批准");
        }
        if (judicialTransfer) {
            parts.add("已移送司法机关");
        }
        if (!disciplines.isEmpty()) {
            List<String> d = new ArrayList<>();
            disciplines.forEach(x -> d.add(x.labelZh() + "（" + orDash(x.effectiveDate()) + " 生效）"));
            parts.add("党纪政纪处分：" + String.join("、", d));
        }
        if (rectificationVerified != null) {
            // the rectification order and its verified result
            String result = rectificationVerified ? "整改到位" : "整改未到位，已督办";
            parts.add("整改：" + result + (isBlank(rectificationNote) ? "" : "（" + rectificationNote.trim() + "）"));
        }
        if (restrictions.isEmpty()) {
            parts.add("影响期：无");
        } else {
            List<String> r = new ArrayList<>();
            // shown as [from, until): until is the first free day
            restrictions.forEach(x -> r.add(x.labelZh() + " " + orDash(x.from()) + " 起，" + orDash(x.until()) + " 解除"));
            parts.add("影响期：" + String.join("；", r));
        }
        return orDash(respondentName) + " — " + String.join("；", parts);
    }

    private static String orDash(Object value) {
        return value == null || value.toString().isBlank() ? "—" : value.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
