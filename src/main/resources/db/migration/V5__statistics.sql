-- Issue 13 part 3: the statistics' read model (statistics/StatisticsPlugin), written in the workflow transaction
-- and filled from the engine's history once for earlier cases (statistics/StatisticsBackfill). The figures are
-- SQL aggregates over these rows, so they survive restarts and the engine's history clean-up. Dates are
-- calendar days of the county (Asia/Shanghai). Portable SQL (H2 2.3 and PostgreSQL).
CREATE TABLE acc_stat_case (
    case_instance_id VARCHAR(64) PRIMARY KEY,
    case_number      VARCHAR(64),
    -- R-2.1: the field of Art. 2 (rules/WorkField)
    work_field       VARCHAR(32),
    opened_on        DATE        NOT NULL,
    closed_on        DATE
);
CREATE INDEX ix_acc_stat_case_opened ON acc_stat_case (opened_on);
CREATE INDEX ix_acc_stat_case_closed ON acc_stat_case (closed_on);

-- R-5 … R-9: the ground items the case cites (grounds catalogue codes, e.g. 5.1)
CREATE TABLE acc_stat_case_ground (
    case_instance_id VARCHAR(64) NOT NULL,
    ground_item      VARCHAR(16) NOT NULL,
    PRIMARY KEY (case_instance_id, ground_item)
);

-- one row per respondent track (respondent-accountability)
CREATE TABLE acc_stat_respondent (
    track_instance_id VARCHAR(64) PRIMARY KEY,
    case_instance_id  VARCHAR(64),
    -- R-13.1 (rules/ManagementLevel), R-10 (rules/Measure), R-11 (rules/ReferralRoute)
    management_level  VARCHAR(16),
    measure           VARCHAR(32),
    referral_route    VARCHAR(32),
    -- the day the competent body approved the decision (审批问责决定), and the days since the case was opened
    decided_on        DATE,
    decision_days     INTEGER
);
CREATE INDEX ix_acc_stat_respondent_decided ON acc_stat_respondent (decided_on);

-- appeals against a decision (decision-appeal): filed, and decided with an outcome (UPHOLD, CHANGE, REVOKE)
CREATE TABLE acc_stat_appeal (
    appeal_instance_id VARCHAR(64) PRIMARY KEY,
    filed_on           DATE        NOT NULL,
    ended_on           DATE,
    outcome            VARCHAR(16)
);
CREATE INDEX ix_acc_stat_appeal_filed ON acc_stat_appeal (filed_on);
CREATE INDEX ix_acc_stat_appeal_ended ON acc_stat_appeal (ended_on);
