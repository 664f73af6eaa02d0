-- The audit log: rows are only inserted. Triggers refuse UPDATE, TRUNCATE and any DELETE of a row recorded less than
-- six months ago (the EU AI Act's floor for logs of high-risk systems), so the retention purge is the one removal.
-- "at" is the service's own clock at the access; recorded_at the database's, kept for inspection.
CREATE TABLE audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    client text NOT NULL,
    party text NOT NULL,
    action text NOT NULL,
    vacancy_id text,
    ranker_version text,
    recorded_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX audit_events_by_at ON audit_events (at);

CREATE TABLE audit_candidates (
    event_id bigint NOT NULL REFERENCES audit_events (id),
    candidate_ref text NOT NULL);
CREATE INDEX audit_candidates_by_ref ON audit_candidates (candidate_ref);
CREATE INDEX audit_candidates_by_event ON audit_candidates (event_id);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.at < now() - interval '6 months' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE FUNCTION audit_candidates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (
        SELECT 1 FROM audit_events e WHERE e.id = OLD.event_id AND e.at < now() - interval '6 months') THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE FUNCTION audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only (TRUNCATE refused)' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_candidates_append_only BEFORE UPDATE OR DELETE ON audit_candidates
    FOR EACH ROW EXECUTE FUNCTION audit_candidates_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
CREATE TRIGGER audit_candidates_no_truncate BEFORE TRUNCATE ON audit_candidates
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();
