-- Sources become versioned records like every other (auth/audited_record.h): a revoke is a
-- versioned, audited update.
ALTER TABLE event_sources ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE event_sources ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
UPDATE event_sources SET updated_at = COALESCE(revoked_at, created_at);
