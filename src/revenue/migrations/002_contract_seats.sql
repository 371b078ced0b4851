-- Licensed seats of per-seat plans: product usage is compared with them (seat utilisation).
ALTER TABLE contracts ADD COLUMN seats BIGINT;
