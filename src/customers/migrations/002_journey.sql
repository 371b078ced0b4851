-- The journey (issue 5): its stages, editable, each within one moment of truth; every move of
-- an account between stages; and when the account entered its current stage.
CREATE TABLE journey_stages (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  key {{sort_key}} NOT NULL UNIQUE,
  moment TEXT NOT NULL,            -- zmot, fmot, smot, tmot or churned
  position BIGINT NOT NULL,        -- order along the journey
  name_ja TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO journey_stages (key, moment, position, name_ja, name_en, created_at, updated_at) VALUES
  ('prospect', 'zmot', 10, '見込み（情報収集）', 'Prospect', 1767225600000, 1767225600000),
  ('evaluating', 'fmot', 20, '評価中', 'Evaluating', 1767225600000, 1767225600000),
  ('buying', 'fmot', 30, '購買手続き', 'Buying', 1767225600000, 1767225600000),
  ('onboarding', 'smot', 40, 'オンボーディング', 'Onboarding', 1767225600000, 1767225600000),
  ('adopting', 'smot', 50, '定着・活用', 'Adopting', 1767225600000, 1767225600000),
  ('renewing', 'tmot', 60, '更新', 'Renewing', 1767225600000, 1767225600000),
  ('expanding', 'tmot', 70, '拡大', 'Expanding', 1767225600000, 1767225600000),
  ('advocating', 'tmot', 80, '推奨（アドボカシー）', 'Advocating', 1767225600000, 1767225600000),
  ('churned', 'churned', 90, '解約', 'Churned', 1767225600000, 1767225600000);

CREATE TABLE journey_transitions (
  id {{primary_key}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  from_stage TEXT,                 -- null when the account was created
  to_stage TEXT NOT NULL,
  at BIGINT NOT NULL,
  by_user BIGINT,                  -- the user who moved it, if a person did
  by_label TEXT NOT NULL,          -- the actor's label: an email, "cli", "rule:first_contract"
  rule TEXT,                       -- the journey rule that moved it, if one did
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journey_transitions_account ON journey_transitions (account_id, at, id);

ALTER TABLE accounts ADD COLUMN journey_stage_since BIGINT NOT NULL DEFAULT 0;
UPDATE accounts SET journey_stage_since = created_at;
INSERT INTO journey_transitions (account_id, from_stage, to_stage, at, by_label)
  SELECT id, NULL, journey_stage, created_at, 'migration' FROM accounts;
-- The journey board (longest in stage first) and the funnel's read of what changed.
CREATE INDEX accounts_stage_since ON accounts (journey_stage, journey_stage_since, id);
CREATE INDEX accounts_updated ON accounts (updated_at);
