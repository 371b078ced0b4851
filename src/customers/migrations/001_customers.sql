CREATE TABLE accounts (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  name TEXT NOT NULL,
  name_kana TEXT,
  name_key {{sort_key}} NOT NULL,          -- ICU Japanese collation key (hex) of name_kana or name
  search_text {{sort_key}} NOT NULL,       -- SearchKey() of name, kana, domain and external id
  external_id TEXT UNIQUE,
  domain TEXT,
  industry TEXT,
  employee_band TEXT,
  country TEXT,
  currency TEXT NOT NULL,
  owner_id BIGINT REFERENCES users(id),
  tier_override TEXT,
  journey_stage TEXT NOT NULL,
  start_date TEXT,
  renewal_date TEXT,
  renewal_key {{sort_key}} NOT NULL,       -- renewal_date, or '9999-12-31' so that unknown sorts last
  custom_attributes TEXT NOT NULL DEFAULT '{}',
  arr_minor BIGINT NOT NULL DEFAULT 0,  -- maintained by the revenue module
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX accounts_name ON accounts (name_key, id);
CREATE INDEX accounts_renewal ON accounts (renewal_key, id);
CREATE INDEX accounts_arr ON accounts (arr_minor, id);
CREATE INDEX accounts_owner_stage_name ON accounts (owner_id, journey_stage, name_key, id);
CREATE INDEX accounts_owner_stage_renewal ON accounts (owner_id, journey_stage, renewal_key, id);
CREATE INDEX accounts_stage_name ON accounts (journey_stage, name_key, id);
CREATE INDEX accounts_domain ON accounts (domain);

CREATE TABLE contacts (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  external_id TEXT UNIQUE,
  name TEXT NOT NULL,
  name_key {{sort_key}} NOT NULL,
  search_text {{sort_key}} NOT NULL,
  email TEXT,
  title TEXT,
  role TEXT,
  phone TEXT,
  language TEXT,
  marketing_consent INTEGER NOT NULL DEFAULT 0,
  departed INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX contacts_account ON contacts (account_id, name_key, id);
CREATE INDEX contacts_name ON contacts (name_key, id);
CREATE INDEX contacts_email ON contacts (email);

CREATE TABLE touchpoints (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  occurred_at BIGINT NOT NULL,
  author_id BIGINT REFERENCES users(id),
  summary TEXT NOT NULL,
  sentiment TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX touchpoints_account ON touchpoints (account_id, occurred_at, id);
CREATE INDEX touchpoints_contact ON touchpoints (contact_id);

CREATE TABLE surveys (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  contact_id BIGINT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  score INTEGER NOT NULL,
  comment TEXT,
  responded_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX surveys_account ON surveys (account_id, responded_at, id);
CREATE INDEX surveys_contact ON surveys (contact_id);
