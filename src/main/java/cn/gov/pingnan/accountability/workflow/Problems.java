package cn.gov.pingnan.accountability.workflow;

import cn.gov.pingnan.accountability.rules.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/** Collects the rule violations of one submission: Chinese for the correction task, English for the log. */
final class Problems {

    private final List<String> zh = new ArrayList<>();
    private final List<String> en = new ArrayList<>();

    void add(RuleViolationException e) {
        zh.add(e.messageZh());
        en.add(e.field() + ": " + e.messageEn());
    }

    /** A violation whose field is relative to {@code fieldPrefix}, e.g. {@code respondents[0].}. */
    void add(String fieldPrefix, RuleViolationException e) {
        add(fieldPrefix + e.field(), e.messageEn(), e.messageZh());
    }

    void add(String field, String messageEn, String messageZh) {
        zh.add(messageZh);
        en.add(field + ": " + messageEn);
    }

    /** Runs a check and records its violation instead of failing the step (never an incident). */
    void check(Runnable check) {
        try {
            check.run();
        } catch (RuleViolationException e) {
            add(e);
        }
    }

    int size() {
        return zh.size();
    }

    boolean isEmpty() {
        return zh.isEmpty();
    }

    /** Numbered Chinese list shown in the form. */
    String zh() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < zh.size(); i++) {
            sb.append(i + 1).append(". ").append(zh.get(i));
            if (i < zh.size() - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    void log(Logger log, String what, String caseNumber) {
        log.warn("{} of case {} returned for correction: {}", what, caseNumber, String.join("; ", en));
    }
}
