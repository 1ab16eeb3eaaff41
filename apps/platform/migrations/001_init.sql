-- Platform accounts and sessions.
CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL,
  cluster text NOT NULL,
  -- Two letters that start every order number made on this tenant's devices (YJ03-000127).
  code text NOT NULL,
  devices_registered integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id text PRIMARY KEY,
  tenant_id text REFERENCES tenants (id),
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL,
  display_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL,
  -- Prefix for human-readable numbers made offline on this device, unique within the tenant.
  number_prefix text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE refresh_tokens (
  token_hash text PRIMARY KEY,
  family_id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  device_id text NOT NULL REFERENCES devices (id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- Replicated collections: one table each, made by create_doc_table (000_create_doc_table.sql).

SELECT create_doc_table('merchant');
SELECT create_doc_table('products');
SELECT create_doc_table('orders');
SELECT create_doc_table('stock');
SELECT create_doc_table('filings');
SELECT create_doc_table('notices');
