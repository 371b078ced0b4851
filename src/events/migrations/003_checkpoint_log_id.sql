-- The identity of the event log a checkpoint was made from (FileEventLog's log-id; NULL in
-- PostgreSQL mode and in checkpoints written before): a checkpoint is never applied to another log.
ALTER TABLE usage_checkpoint ADD COLUMN log_id TEXT;
