-- The account list's sparkline reads about 90 daily snapshots of each account on the page: with
-- the score in the index those are read from the index alone, not row by row from the table.
CREATE INDEX health_snapshots_trend ON health_snapshots (account_id, day, score);
