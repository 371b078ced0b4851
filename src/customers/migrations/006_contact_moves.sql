-- A relationship is with a person, not only a company (seed 003): when a contact leaves for
-- another customer, their contact there points back at the one they left (issue 13).
ALTER TABLE contacts ADD COLUMN previous_contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL;
CREATE UNIQUE INDEX contacts_previous ON contacts (previous_contact_id);  -- one move per contact
