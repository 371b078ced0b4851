-- A scorecard may score a segment (a saved account filter) instead of a tier: its members are
-- scored by it before any tier's scorecard applies. One scorecard a segment; a segment in use
-- cannot be deleted.
ALTER TABLE scorecards ADD COLUMN segment_id BIGINT REFERENCES segments(id);
CREATE UNIQUE INDEX scorecards_segment ON scorecards (segment_id);
