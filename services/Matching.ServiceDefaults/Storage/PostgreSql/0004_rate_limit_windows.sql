-- Requests per rate-limit bucket and minute, added up by every replica (PostgresRateLimitCounter), so a client's limit
-- holds for the deployment, not per replica. A bucket is stored as the SHA-256 of its key (which may name a remote
-- address); a bucket's older minutes are deleted when its next minute starts.
CREATE TABLE rate_limit_windows (
    bucket bytea NOT NULL,
    window_start timestamptz NOT NULL,
    requests bigint NOT NULL,
    PRIMARY KEY (bucket, window_start));
CREATE INDEX rate_limit_windows_by_start ON rate_limit_windows (window_start);
