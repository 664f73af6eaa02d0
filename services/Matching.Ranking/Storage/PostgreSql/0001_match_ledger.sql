-- The match ledger: one list per vacancy event and one announcement per (vacancy, candidate), whichever replica
-- consumed the event first (the primary keys are what make two replicas act once).
CREATE TABLE match_lists (
    source_key text PRIMARY KEY,
    vacancy_id text NOT NULL,
    created_at timestamptz NOT NULL,
    payload jsonb NOT NULL);
CREATE INDEX match_lists_by_vacancy ON match_lists (vacancy_id);

CREATE TABLE announced_pairs (
    vacancy_id text NOT NULL,
    candidate_ref text NOT NULL,
    announced boolean NOT NULL,
    payload jsonb,
    PRIMARY KEY (vacancy_id, candidate_ref));
