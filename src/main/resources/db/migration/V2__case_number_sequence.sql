-- Case numbers PN-YYYY-NNNN are sequential per year: one counter row per year (H2 and PostgreSQL).
CREATE TABLE case_number_sequence (
    case_year  INTEGER NOT NULL PRIMARY KEY,
    last_value INTEGER NOT NULL
);
