-- The workbench's Data Protection key ring, shared by its replicas (PostgresXmlRepository): one row per key or
-- revocation, written once under Data Protection's own name for it.
CREATE TABLE data_protection_keys (
    friendly_name text PRIMARY KEY,
    xml text NOT NULL,
    stored_at timestamptz NOT NULL);
