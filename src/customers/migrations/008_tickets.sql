-- Support tickets, a source of the data hub (issue 14): from the API or a helpdesk's export
-- (Zendesk, Freshdesk), whose id is kept so that importing the same file again updates.
CREATE TABLE tickets (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  external_id TEXT,
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL,
  subject TEXT NOT NULL,
  priority TEXT NOT NULL,
  status TEXT NOT NULL,
  opened_at BIGINT NOT NULL,
  solved_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX tickets_account ON tickets (account_id, opened_at, id);
CREATE INDEX tickets_contact ON tickets (contact_id);
CREATE UNIQUE INDEX tickets_external ON tickets (external_id);
