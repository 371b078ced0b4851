-- Each account's health as the list shows it (issue 14), kept by the health module beside the
-- score it writes, so that the account list filters and sorts on it: the score in tenths of a
-- point (1001 for none, so that a list sorted from the riskiest shows them last) and the band
-- shown (an override's while one is in force; '' for none).
ALTER TABLE accounts ADD COLUMN health_score_tenths BIGINT NOT NULL DEFAULT 1001;
ALTER TABLE accounts ADD COLUMN health_band TEXT NOT NULL DEFAULT '';
CREATE INDEX accounts_health ON accounts (health_score_tenths, id);
CREATE INDEX accounts_health_band ON accounts (health_band, name_key, id);
