-- Device-bound sessions (issue 13, item 7): the public half of the non-extractable ECDSA P-256 key a
-- device made at login (a JWK), and the one-time challenges a refresh must sign with it.
ALTER TABLE devices ADD COLUMN public_key jsonb;

CREATE TABLE refresh_challenges (
  nonce_hash text PRIMARY KEY,
  token_hash text NOT NULL REFERENCES refresh_tokens (token_hash) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);

CREATE INDEX refresh_challenges_token ON refresh_challenges (token_hash);
