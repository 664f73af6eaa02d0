-- The weekdate ledger. RecordAsync serialises the generations of one party and week with pg_advisory_xact_lock;
-- weekdate_scheduled_runs lets one replica claim a scheduled run (primary key), with a lease for a claimant that died.
CREATE TABLE weekdate_generations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference text NOT NULL,
    party text NOT NULL,
    iso_week text NOT NULL,
    generated_at timestamptz NOT NULL,
    generated_by text NOT NULL,
    ranker_version text NOT NULL,
    summary jsonb NOT NULL);
CREATE INDEX weekdate_generations_by_party ON weekdate_generations (party, id);

CREATE TABLE weekdate_snapshots (
    party text NOT NULL,
    iso_week text NOT NULL,
    candidate_ref text NOT NULL,
    snapshot jsonb NOT NULL,
    PRIMARY KEY (party, iso_week, candidate_ref));

CREATE TABLE weekdate_proposals (
    party text NOT NULL,
    iso_week text NOT NULL,
    vacancy_id text NOT NULL,
    candidate_ref text NOT NULL,
    PRIMARY KEY (party, iso_week, vacancy_id, candidate_ref));

CREATE TABLE weekdate_scheduled_runs (
    party text NOT NULL,
    iso_week text NOT NULL,
    claimed_at timestamptz NOT NULL,
    completed boolean NOT NULL DEFAULT false,
    PRIMARY KEY (party, iso_week));
