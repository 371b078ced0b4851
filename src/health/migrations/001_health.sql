-- Health scores (issue 14). Scorecards are versioned: an edit makes a draft version, which is
-- published in place of the one in force; every version is kept, and every score names the
-- version that made it.
CREATE TABLE scorecards (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  name TEXT NOT NULL,
  tier TEXT UNIQUE,                 -- the touch tier it scores; NULL: every tier without its own
  published BIGINT,                 -- the number of the version in force
  draft BIGINT,                     -- the number of the draft being edited, if any
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE scorecard_versions (
  scorecard_id BIGINT NOT NULL REFERENCES scorecards(id) ON DELETE CASCADE,
  number BIGINT NOT NULL,
  definition TEXT NOT NULL,         -- measures, weights, normalisation, missing rules, bands
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  published_at BIGINT,
  published_by TEXT,
  PRIMARY KEY (scorecard_id, number)
);

-- Each account's current score with its contribution ledger. score is -1 and band '' when no
-- measure could be scored.
CREATE TABLE health_scores (
  account_id BIGINT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  score DOUBLE PRECISION NOT NULL,
  band TEXT NOT NULL,
  scorecard_id BIGINT NOT NULL,
  scorecard_version BIGINT NOT NULL,
  contributions TEXT NOT NULL,
  computed_at BIGINT NOT NULL
);
CREATE INDEX health_scores_band ON health_scores (band, score);

-- One row per account and day: the score and band the day ended with (the trend).
CREATE TABLE health_snapshots (
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  day BIGINT NOT NULL,              -- days since 1970-01-01
  score DOUBLE PRECISION NOT NULL,
  band TEXT NOT NULL,
  PRIMARY KEY (account_id, day)
);

-- A band set by hand, with its reason, until it expires or is ended.
CREATE TABLE health_overrides (
  id {{primary_key}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  band TEXT NOT NULL,
  reason TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  ended_at BIGINT                   -- ended by hand before it expired
);
CREATE INDEX health_overrides_account ON health_overrides (account_id, id);

-- Every change of the band an account shows: the feed automation triggers on.
CREATE TABLE health_band_changes (
  id {{primary_key}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  from_band TEXT NOT NULL,          -- '' when it had none
  to_band TEXT NOT NULL,
  at BIGINT NOT NULL,
  cause TEXT NOT NULL,              -- score, override, override_ended
  score DOUBLE PRECISION NOT NULL,
  moved_by TEXT NOT NULL            -- the measures whose points moved most, as JSON
);
CREATE INDEX health_band_changes_at ON health_band_changes (at, id);
CREATE INDEX health_band_changes_account ON health_band_changes (account_id, at);
