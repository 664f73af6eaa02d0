-- Match outcomes: append-only (triggers refuse UPDATE, DELETE and TRUNCATE); an outcome id is stored once per party.
CREATE TABLE party_outcomes (
    recorded_by text NOT NULL,
    outcome_id text NOT NULL,
    vacancy_id text NOT NULL,
    candidate_ref text NOT NULL,
    employer text NOT NULL,
    kind text NOT NULL,
    occurred_at timestamptz NOT NULL,
    payload jsonb NOT NULL,
    PRIMARY KEY (recorded_by, outcome_id));
CREATE INDEX party_outcomes_pair ON party_outcomes (vacancy_id, candidate_ref);

CREATE FUNCTION party_outcomes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'outcomes are append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER party_outcomes_append_only BEFORE UPDATE OR DELETE ON party_outcomes
    FOR EACH ROW EXECUTE FUNCTION party_outcomes_append_only();
CREATE TRIGGER party_outcomes_no_truncate BEFORE TRUNCATE ON party_outcomes
    FOR EACH STATEMENT EXECUTE FUNCTION party_outcomes_append_only();
