-- Monitoring attributes (protected characteristics), read only by the fairness report.
CREATE TABLE monitoring (
    candidate_ref text PRIMARY KEY,
    birth_year integer,
    gender text,
    statushouder boolean);
