package cn.gov.pingnan.accountability.pages;

import cn.gov.pingnan.accountability.register.RegisteredRestriction;
import java.time.LocalDateTime;
import java.util.List;

/** 案件卷宗: everything recorded on one case, as the case file page shows it. */
public record CaseFile(
        String caseNumber,
        String status,
        List<Entry> overview,
        List<Entry> investigation,
        List<Track> tracks,
        List<Diagram> diagrams,
        List<Event> timeline) {

    /** One recorded value with its Chinese label. */
    public record Entry(String label, String value) {}

    /** One respondent's track (对象问责处理): proposal, review, decision, signatures, referrals, restrictions. */
    public record Track(
            String name,
            String personId,
            String state,
            List<Entry> entries,
            List<RegisteredRestriction> restrictions,
            String decisionDocument) {}

    /** One process instance of the case drawn by bpmn-js with its current steps marked. */
    public record Diagram(String title, String processDefinitionId, List<String> activeActivityIds) {}

    /** Who did what when (from the engine's history). */
    public record Event(LocalDateTime at, String what, String who, String track) {}
}
