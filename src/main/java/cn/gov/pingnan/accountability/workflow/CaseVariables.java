package cn.gov.pingnan.accountability.workflow;

/**
 * Process variable names, defined once. BPMN expressions and Camunda Forms use the same names (a test
 * checks that every form field key is one of these). Complex values are JSON (Spin); primitives only where a
 * form binds a field or a gateway/timer reads it.
 */
public final class CaseVariables {

    // accountability-case: intake (R-2.1, R-15, R-5…)
    public static final String CASE_NUMBER = "caseNumber";
    public static final String LEAD_SOURCE = "leadSource";
    public static final String WORK_FIELD = "workField";
    public static final String CONDUCT_DATE = "conductDate";
    public static final String GROUNDS = "grounds";
    /** JSON array of the cited catalogue items with their Chinese text (R-5…R-9), shown on review, approval, closure. */
    public static final String GROUNDS_CITED = "groundsCited";

    public static final String FACTS = "facts";
    /** JSON array of the respondents named at intake (form-js dynamic list). */
    public static final String RESPONDENTS = "respondents";
    /** the commission takes the whole case over at intake. */
    public static final String DIRECT_TAKEOVER = "directTakeover";

    public static final String INTAKE_VALID = "intakeValid";
    public static final String INTAKE_ERRORS = "intakeErrors";
    public static final String CONDUCT_BEFORE_MEASURES = "conductBeforeMeasures";
    public static final String CONDUCT_DATE_NOTE = "conductDateNote";
    /** JSON array, one scope decision (with reason) per respondent; nothing is deleted. */
    public static final String SCOPE_DECISIONS = "scopeDecisions";

    public static final String IN_SCOPE_COUNT = "inScopeCount";
    /** The respondent's name, or the names of all respondents in accountability-case. */
    public static final String RESPONDENT_NAME = "respondentName";
    /**
     * Task-local: case number and respondent of a user task, the column 案件 of the seeded Tasklist
     * filters. Staff may read their tasks' variables but not the process instance's (docs/security.md, T4).
     */
    public static final String TASK_LIST_LABEL = "taskListLabel";

    // preliminary verification and investigation
    public static final String VERIFICATION_DECISION = "verificationDecision";
    public static final String VERIFICATION_REASON = "verificationReason";
    /** JSON array, one finding per in-scope respondent (prefilled from intake, completed by investigators). */
    public static final String FINDINGS = "findings";
    /** JSON array of signatories. */
    public static final String SIGNATORIES = "signatories";

    public static final String COLLECTIVE_DECISION = "collectiveDecision";
    public static final String INVESTIGATION_REPORT = "investigationReport";
    public static final String INVESTIGATION_VALID = "investigationValid";
    public static final String INVESTIGATION_ERRORS = "investigationErrors";
    /** JSON array: the final respondents after attribution; the multi-instance collection. */
    public static final String ACCOUNTABLES = "accountables";

    public static final String ACCOUNTABLE_COUNT = "accountableCount";
    public static final String CLOSURE_SUMMARY = "closureSummary";
    /** JSON array of {track, text}: one Chinese line per finished respondent track, shown on 办结案件. */
    public static final String RESPONDENT_OUTCOMES = "respondentOutcomes";

    // respondent-accountability
    /** JSON object: one entry of {@link #ACCOUNTABLES}. */
    public static final String RESPONDENT = "respondent";

    public static final String PROPOSED_GRADE = "proposedGrade";
    public static final String PROPOSED_MEASURE = "proposedMeasure";
    public static final String PROPOSAL_NOTE = "proposalNote";
    public static final String APPROVING_GROUP = "approvingGroup";
    /** Candidate groups of the approval task: the competent body and commission-leaders. */
    public static final String APPROVER_GROUPS = "approverGroups";

    public static final String REVIEW_GRADE = "reviewGrade";
    public static final String REVIEW_MEASURE = "reviewMeasure";
    public static final String REVIEW_REASON = "reviewReason";
    public static final String REVIEW_VALID = "reviewValid";
    public static final String REVIEW_ERROR = "reviewError";
    public static final String GRADE = "grade";
    public static final String MEASURE = "measure";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String DECISION_EFFECTIVE_DATE = "decisionEffectiveDate";
    public static final String TAKEN_OVER_BY_COMMISSION = "takenOverByCommission";
    public static final String REJECTION_REASON = "rejectionReason";
    /** Suffixes of the signature variables, e.g. {@code approveDecisionSignedBy}. */
    public static final String SIGNED_BY_SUFFIX = "SignedBy";

    public static final String SIGNED_AT_SUFFIX = "SignedAt";

    public static final String REFERRAL_ROUTE = "referralRoute";
    public static final String JUDICIAL_TRANSFER = "judicialTransfer";
    public static final String DISCIPLINE_REFERRAL = "disciplineReferral";
    public static final String SCHEDULE_RESTRICTIONS = "restrictionsDue";
    public static final String REFERRAL_BASIS = "referralBasis";
    public static final String EMPLOYER_REPLY_REMINDER = "employerReplyReminder";
    public static final String EMPLOYER_REPLY = "employerReply";
    public static final String HANDLING_NOTE = "handlingNote";
    public static final String JUDICIAL_TRANSFER_NOTE = "judicialTransferNote";
    public static final String DECISION_DELIVERED_AT = "decisionDeliveredAt";
    public static final String RECOMMENDATION_SENT_AT = "recommendationSentAt";
    public static final String EMPLOYER_REMINDED_AT = "employerRemindedAt";
    public static final String DECISION_RECORD = "decisionRecord";
    /** JSON array of {type, effectiveDate}. */
    public static final String DISCIPLINES = "disciplines";

    public static final String DISCIPLINES_VALID = "disciplinesValid";
    public static final String DISCIPLINES_ERROR = "disciplinesError";

    public static final String RECTIFICATION_REQUIRED = "rectificationRequired";
    public static final String RECTIFICATION_REQUIREMENTS = "rectificationRequirements";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    public static final String RECTIFICATION_REMIND_AT = "rectificationRemindAt";
    public static final String RECTIFICATION_OVERDUE_AT = "rectificationOverdueAt";
    public static final String RECTIFICATION_VERIFIED = "rectificationVerified";
    public static final String RECTIFICATION_NOTE = "rectificationNote";
    public static final String RECTIFICATION_REMINDED_AT = "rectificationRemindedAt";
    public static final String ESCALATION_NOTE = "escalationNote";
    /** JSON array of the register rows written for this respondent. */
    public static final String RESTRICTIONS = "restrictions";

    // the written decision and its delivery (docs/decision.md)
    /** File variable: the PDF of the written decision (问责决定书) of this respondent. */
    public static final String DECISION_DOCUMENT = "decisionDocument";
    /** The respondent's person id, as the API and the history query find the document by. */
    public static final String DECISION_PERSON_ID = "decisionPersonId";
    /** The download address shown in Tasklist's delivery form. */
    public static final String DECISION_DOCUMENT_URL = "decisionDocumentUrl";
    /** who served the decision, on which day, how (送达). */
    public static final String DELIVERED_BY = "deliveredBy";

    public static final String DELIVERED_ON = "deliveredOn";
    public static final String DELIVERY_METHOD = "deliveryMethod";
    /** the last day an appeal is admissible, one month from delivery (R-12.0's calendar rule). */
    public static final String APPEAL_DEADLINE = "appealDeadline";

    // decision-appeal (A-1 … A-4)
    public static final String RESPONDENT_PERSON_ID = "respondentPersonId";
    /** The day the deciding body received the written appeal. */
    public static final String APPEAL_FILED_ON = "appealFiledOn";

    public static final String APPEAL_REASON = "appealReason";
    public static final String APPEAL_ADMISSIBLE = "appealAdmissible";
    /** the Chinese reason a late appeal is refused, naming the last admissible day. */
    public static final String APPEAL_REFUSAL = "appealRefusal";
    /** the last day to answer the appeal. */
    public static final String APPEAL_ANSWER_DUE = "appealAnswerDue";

    public static final String APPEAL_REMIND_AT = "appealRemindAt";
    public static final String APPEAL_OVERDUE_AT = "appealOverdueAt";
    public static final String APPEAL_REMINDED_AT = "appealRemindedAt";
    public static final String APPEAL_OUTCOME = "appealOutcome";
    public static final String APPEAL_NEW_MEASURE = "appealNewMeasure";
    public static final String APPEAL_DECISION_REASON = "appealDecisionReason";
    /** what the outcome did to the register, in Chinese. */
    public static final String APPEAL_RESULT = "appealResult";
    /** the rows an appeal outcome ended (as {@link #RESTRICTIONS} entries), for the written notice. */
    public static final String APPEAL_ENDED_RESTRICTIONS = "appealEndedRestrictions";
    /** the rows a changed measure added, for the new written decision. */
    public static final String APPEAL_ADDED_RESTRICTIONS = "appealAddedRestrictions";
    /** which written document the appeal produced: the changed decision or the revocation notice. */
    public static final String DECISION_DOCUMENT_KIND = "decisionDocumentKind";

    public static final String APPEAL_REFUSAL_NOTE = "appealRefusalNote";
    public static final String APPEAL_SUPERVISION_NOTE = "appealSupervisionNote";

    // restriction-period
    public static final String RESTRICTION_ID = "restrictionId";
    public static final String PERSON_ID = "personId";
    public static final String RESTRICTION_TYPE = "restrictionType";
    public static final String RESTRICTION_LABEL = "restrictionLabel";
    public static final String RESTRICTION_FROM = "restrictionFrom";
    public static final String RESTRICTION_UNTIL = "restrictionUntil";
    public static final String EXPIRES_AT = "expiresAt";
    public static final String EXPIRY_NOTE = "expiryNote";

    // values of the form choices read by gateways
    public static final String DECISION_APPROVED = "APPROVED";
    public static final String DECISION_REJECTED = "REJECTED";
    public static final String VERIFICATION_OPEN = "OPEN";

    private CaseVariables() {}
}
