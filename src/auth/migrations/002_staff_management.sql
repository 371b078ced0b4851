-- Staff management (issue 11): when each user last signed in; API tokens may expire, and a
-- token minted with another token records it, expires no later and is revoked with it.
ALTER TABLE users ADD COLUMN last_sign_in_at BIGINT;
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT;
ALTER TABLE api_tokens ADD COLUMN parent_id BIGINT REFERENCES api_tokens(id);
CREATE INDEX api_tokens_parent ON api_tokens (parent_id);
