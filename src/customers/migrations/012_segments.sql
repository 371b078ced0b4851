-- Segments (issue 14): account filters saved by name, for the list, the dashboard, the revenue
-- answers and scorecards; the automation issue extends what a filter can say. The filter is
-- kept as JSON (customers/account_filter.h) so that new members need no migration.
CREATE TABLE segments (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  name TEXT NOT NULL,
  description TEXT,
  filter TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX segments_name ON segments (name);
