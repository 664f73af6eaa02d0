-- The ranking log: every ranking's pool and the latest impression per (vacancy, candidate); purged after
-- Storage:ImpressionRetentionMonths.
CREATE TABLE rankings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vacancy_id text NOT NULL,
    ranker_version text NOT NULL,
    ranked_at timestamptz NOT NULL,
    shown integer NOT NULL,
    pool jsonb NOT NULL);
CREATE INDEX rankings_by_ranked_at ON rankings (ranked_at);

CREATE TABLE impressions (
    vacancy_id text NOT NULL,
    candidate_ref text NOT NULL,
    rank integer NOT NULL,
    ranker_version text NOT NULL,
    ranked_at timestamptz NOT NULL,
    features jsonb NOT NULL,
    PRIMARY KEY (vacancy_id, candidate_ref));
CREATE INDEX impressions_by_ranked_at ON impressions (ranked_at);
