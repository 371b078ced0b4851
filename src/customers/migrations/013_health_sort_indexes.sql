-- The account list sorted by health under a tier or band filter (a CSM's "riskiest of my tier"):
-- without these, every account of the tier was read and sorted for a page of 50 (170 ms at
-- 100k accounts); with them the page is read in index order and the total counted from the index.
CREATE INDEX accounts_tier_health ON accounts (tier, health_score_tenths, id);
CREATE INDEX accounts_band_health ON accounts (health_band, health_score_tenths, id);
CREATE INDEX accounts_tier_band_health ON accounts (tier, health_band, health_score_tenths, id);
