-- A reference's version: one more with every write queued for it, so a change built on what a client read can be
-- refused when another write came first (If-Match on the REST API, the workbench's forms) instead of undoing it.
ALTER TABLE reference_owners ADD COLUMN version bigint NOT NULL DEFAULT 0;
