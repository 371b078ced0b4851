-- The column mapping a team chose for each kind of CSV import from each source (issue 13), so
-- that the next file from Salesforce, HubSpot or their own sheet maps the same way.
CREATE TABLE import_mappings (
  id {{primary_key}},
  kind TEXT NOT NULL,              -- accounts, contacts, contracts, fx_rates
  source TEXT NOT NULL,            -- salesforce, hubspot, banso, other
  mapping TEXT NOT NULL,           -- JSON: {"header as written": "field" or "" to skip}
  updated_at BIGINT NOT NULL,
  UNIQUE (kind, source)
);
