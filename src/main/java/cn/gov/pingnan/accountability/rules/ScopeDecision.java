package cn.gov.pingnan.accountability.rules;

/** the intake's decision whether a respondent is in scope, with the reason recorded (nothing is deleted). */
public record ScopeDecision(boolean inScope, String reasonZh, String reasonEn) {}
