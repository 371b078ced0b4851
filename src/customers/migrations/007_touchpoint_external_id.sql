-- Touchpoints imported from a CRM (Salesforce tasks and events, HubSpot activities) keep the
-- CRM's id, so that importing the same file again updates rather than duplicates (issue 13).
ALTER TABLE touchpoints ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX touchpoints_external ON touchpoints (external_id);
