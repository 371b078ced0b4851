-- Sources and their write keys (hashed).
CREATE TABLE event_sources (
  id {{primary_key}},
  name TEXT NOT NULL,
  key_prefix TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  rate_limit_per_second BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT,
  events_received BIGINT NOT NULL DEFAULT 0,
  last_event_at BIGINT
);
-- Which event names make up which product feature ("レポート出力" <- report_exported).
CREATE TABLE event_features (
  event_name TEXT PRIMARY KEY,
  feature TEXT NOT NULL
);
-- The rollup checkpoint: everything below is the state after applying the log up to position.
CREATE TABLE usage_checkpoint (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  position BIGINT NOT NULL,
  events_applied BIGINT NOT NULL,
  written_at BIGINT NOT NULL
);
-- One cell per account and day: counts by event name and the bitmap of active people.
CREATE TABLE usage_cells (
  account_id BIGINT NOT NULL,
  day INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (account_id, day)
){{without_rowid}};
-- Who ever used an event name at an account (feature adoption), as a bitmap of people.
CREATE TABLE usage_adopters (
  account_id BIGINT NOT NULL,
  name_id INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (account_id, name_id)
){{without_rowid}};
-- The event catalogue: every (type, name) seen, with totals and daily volume.
CREATE TABLE event_names (
  id {{primary_key}},
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  event_count BIGINT NOT NULL,
  first_seen BIGINT NOT NULL,
  last_seen BIGINT NOT NULL,
  daily TEXT NOT NULL,
  UNIQUE (type, name)
);
-- People the events are about: a userId, or an anonymousId not yet identified. Their ids are
-- the members of the rollups' bitmaps.
CREATE TABLE event_people (
  id {{primary_key}},
  user_id TEXT UNIQUE,
  contact_id BIGINT,
  account_id BIGINT,
  first_seen BIGINT NOT NULL,
  last_seen BIGINT NOT NULL,
  event_count BIGINT NOT NULL,
  traits TEXT,
  merged_into BIGINT,
  pending TEXT
);
CREATE INDEX event_people_account ON event_people (account_id);
-- anonymousIds and previousIds (alias) that stand for a person.
CREATE TABLE event_aliases (
  alias TEXT PRIMARY KEY,
  person_id BIGINT NOT NULL
);
-- groupIds resolved to accounts.
CREATE TABLE event_groups (
  group_id TEXT PRIMARY KEY,
  account_id BIGINT NOT NULL
);
