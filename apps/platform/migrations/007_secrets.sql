-- Credentials (merchant signing keys, provider keys), sealed with AES-256-GCM under the platform
-- key (src/secrets), which is never stored in the database. `public` holds what is not secret
-- (a certificate, its number), so it can be shown without opening the sealed part.
CREATE TABLE secrets (
  tenant_id text NOT NULL,
  name text NOT NULL,
  sealed text NOT NULL,
  public jsonb NOT NULL DEFAULT '{}'::jsonb,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, name)
);
