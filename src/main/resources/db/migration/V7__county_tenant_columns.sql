-- Issue 14 / R-14: every county is a Camunda tenant; our own tables record the county (the tenant id) of each row.
-- A database of one county upgrades in place: existing rows are the default county's ('pingnan'). The readers
-- filter by the counties the user may see (tenant_id IN (...)), so the indexes they use lead with tenant_id (for one
-- county an equality, for a prefecture reader a short IN list). Portable SQL (H2 2.3 and PostgreSQL).

-- the register (R-12.5)
ALTER TABLE acc_restriction ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE acc_restriction_change ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
DROP INDEX ix_acc_restriction_check;
CREATE INDEX ix_acc_restriction_check
    ON acc_restriction (tenant_id, person_id, restriction_type, valid_from, valid_until);
-- 即将届满 (register page): ACTIVE rows of the county ending soon
CREATE INDEX ix_acc_restriction_expiring ON acc_restriction (tenant_id, status, valid_until);
CREATE INDEX ix_acc_restriction_name ON acc_restriction (tenant_id, person_name);
DROP INDEX ix_acc_restriction_change_person;
CREATE INDEX ix_acc_restriction_change_person ON acc_restriction_change (tenant_id, person_id, id);

-- the staff case index (案件查询): search filters the county first, then status and registration date
ALTER TABLE staff_case ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE staff_case_respondent ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE staff_case_ground ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE staff_case_group ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
DROP INDEX ix_staff_case_status_opened;
DROP INDEX ix_staff_case_opened;
CREATE INDEX ix_staff_case_status_opened ON staff_case (tenant_id, status, opened_on);
CREATE INDEX ix_staff_case_opened ON staff_case (tenant_id, opened_on);

-- the statistics' read model: every figure is a count over a date range of one county (or of all, summed)
ALTER TABLE acc_stat_case ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE acc_stat_case_ground ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE acc_stat_respondent ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
ALTER TABLE acc_stat_appeal ADD COLUMN tenant_id VARCHAR(64) DEFAULT 'pingnan' NOT NULL;
DROP INDEX ix_acc_stat_case_opened;
DROP INDEX ix_acc_stat_case_closed;
DROP INDEX ix_acc_stat_respondent_decided;
DROP INDEX ix_acc_stat_appeal_filed;
DROP INDEX ix_acc_stat_appeal_ended;
CREATE INDEX ix_acc_stat_case_opened ON acc_stat_case (tenant_id, opened_on);
CREATE INDEX ix_acc_stat_case_closed ON acc_stat_case (tenant_id, closed_on);
CREATE INDEX ix_acc_stat_respondent_decided ON acc_stat_respondent (tenant_id, decided_on);
CREATE INDEX ix_acc_stat_appeal_filed ON acc_stat_appeal (tenant_id, filed_on);
CREATE INDEX ix_acc_stat_appeal_ended ON acc_stat_appeal (tenant_id, ended_on);
