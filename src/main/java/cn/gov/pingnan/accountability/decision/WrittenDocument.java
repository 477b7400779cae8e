package cn.gov.pingnan.accountability.decision;

import java.util.List;

/** A document the commission issues on a case (问责决定书, 撤销问责决定通知书): a title and its sections. */
public interface WrittenDocument {

    String title();

    String caseNumber();

    List<DecisionDocument.Section> sections();
}
