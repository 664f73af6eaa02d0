-- Learned models shared by every replica: each version with its metadata and ML.NET model file, and the one promoted.
CREATE TABLE learned_models (
    version     text PRIMARY KEY,
    trained_at  timestamptz NOT NULL,
    metadata    jsonb NOT NULL,
    model       bytea NOT NULL
);

CREATE TABLE promoted_model (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version     text NOT NULL REFERENCES learned_models (version),
    promoted_at timestamptz NOT NULL
);
