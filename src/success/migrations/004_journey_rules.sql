-- Journey rules: move an account to a stage when its data meets every condition (issue 5).
-- from_stages and conditions are JSON: ["onboarding"], [{"field": ..., "op": ..., "value": ...}].
CREATE TABLE journey_rules (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  key {{sort_key}} NOT NULL UNIQUE,
  name TEXT NOT NULL,
  from_stages TEXT NOT NULL,       -- empty list: from any stage but the target
  to_stage TEXT NOT NULL,
  conditions TEXT NOT NULL,
  enabled BIGINT NOT NULL,
  position BIGINT NOT NULL,        -- rules are tried in this order; the first that fits moves
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO journey_rules (key, name, from_stages, to_stage, conditions, enabled, position, created_at, updated_at) VALUES
  ('first_contract', '最初の契約 → オンボーディング', '["prospect","evaluating","buying"]', 'onboarding',
   '[{"field":"contracts.active","op":"gte","value":1}]', 1, 10, 1767225600000, 1767225600000),
  ('three_active_weeks', '3週続けて利用 → 定着・活用', '["onboarding"]', 'adopting',
   '[{"field":"usage.active_weeks","op":"gte","value":3}]', 1, 20, 1767225600000, 1767225600000),
  ('renewal_within_90_days', '更新まで90日以内 → 更新', '["adopting","expanding","advocating"]', 'renewing',
   '[{"field":"renewal.days_until","op":"gte","value":0},{"field":"renewal.days_until","op":"lte","value":90}]',
   1, 30, 1767225600000, 1767225600000),
  ('renewed', '更新済み → 定着・活用', '["renewing"]', 'adopting',
   '[{"field":"renewal.days_until","op":"gt","value":90}]', 1, 40, 1767225600000, 1767225600000),
  ('no_active_contract', '有効な契約なし → 解約', '["onboarding","adopting","renewing","expanding","advocating"]', 'churned',
   '[{"field":"contracts.total","op":"gte","value":1},{"field":"contracts.active","op":"eq","value":0}]',
   1, 50, 1767225600000, 1767225600000);
