-- Issue 17: the staff pages' case index, a read model of our own written in the workflow transaction
-- (pages/CaseIndexPlugin). Search reads it instead of the engine's history variables; the case file
-- itself still reads the engine's history. Portable SQL (H2 2.3 and PostgreSQL).
CREATE TABLE staff_case (
    case_number         VARCHAR(64)  PRIMARY KEY,
    process_instance_id VARCHAR(64)  NOT NULL,
    -- OPEN, CLOSED, OUT_OF_SCOPE (R-3.2: every respondent outside Art. 3)
    status              VARCHAR(16)  NOT NULL,
    work_field          VARCHAR(32),
    opened_on           DATE         NOT NULL,
    closed_on           DATE,
    -- R-13.1: one respondent managed by the county makes the case county-managed (CaseReadRule)
    county_managed      BOOLEAN      NOT NULL,
    CONSTRAINT ck_staff_case_status CHECK (status IN ('OPEN', 'CLOSED', 'OUT_OF_SCOPE'))
);
CREATE INDEX ix_staff_case_status_opened ON staff_case (status, opened_on);
CREATE INDEX ix_staff_case_opened ON staff_case (opened_on);

CREATE TABLE staff_case_respondent (
    case_number      VARCHAR(64)  NOT NULL,
    person_id        VARCHAR(64)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    unit             VARCHAR(200),
    management_level VARCHAR(16),
    PRIMARY KEY (case_number, person_id)
);
CREATE INDEX ix_staff_case_respondent_person ON staff_case_respondent (person_id);
CREATE INDEX ix_staff_case_respondent_name ON staff_case_respondent (name);
CREATE INDEX ix_staff_case_respondent_unit ON staff_case_respondent (unit);

CREATE TABLE staff_case_ground (
    case_number VARCHAR(64) NOT NULL,
    ground_item VARCHAR(16) NOT NULL,
    PRIMARY KEY (case_number, ground_item)
);
CREATE INDEX ix_staff_case_ground_item ON staff_case_ground (ground_item);

-- the candidate groups any task of the case has had (CaseReadRule: who may read it)
CREATE TABLE staff_case_group (
    case_number VARCHAR(64) NOT NULL,
    group_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_number, group_id)
);
CREATE INDEX ix_staff_case_group_group ON staff_case_group (group_id, case_number);

-- CaseReadRule: the organization department reads the cases that put a restriction into the register
CREATE INDEX ix_acc_restriction_case ON acc_restriction (case_business_key);
