-- Issue 14: case numbers are sequential per county and year (PN-2026-0001, GN-2026-0001). The counter of the
-- single-county installation is 平南县's. A new table, copied and renamed: the old primary key's name differs between
-- H2 and PostgreSQL, so it is not altered in place (H2 and PostgreSQL).
CREATE TABLE case_number_sequence_by_county (
    county     VARCHAR(64) NOT NULL,
    case_year  INTEGER     NOT NULL,
    last_value INTEGER     NOT NULL,
    CONSTRAINT case_number_sequence_county_pk PRIMARY KEY (county, case_year)
);

INSERT INTO case_number_sequence_by_county (county, case_year, last_value)
SELECT 'pingnan', case_year, last_value FROM case_number_sequence;

DROP TABLE case_number_sequence;

ALTER TABLE case_number_sequence_by_county RENAME TO case_number_sequence;
