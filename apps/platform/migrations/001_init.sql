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

-- Replicated collections: one table each, keyed by tenant first (DESIGN §3, ready for Citus).
-- `tx` is the writing transaction's id, the change cursor: pulls hand out rows ordered by (tx, id)
-- and only below the oldest running transaction, so a late commit is never skipped (DESIGN §5).

CREATE TABLE doc_merchant (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_merchant_changes ON doc_merchant (tenant_id, tx, id);

CREATE TABLE doc_products (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_products_changes ON doc_products (tenant_id, tx, id);

CREATE TABLE doc_orders (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_orders_changes ON doc_orders (tenant_id, tx, id);

CREATE TABLE doc_stock (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_stock_changes ON doc_stock (tenant_id, tx, id);

CREATE TABLE doc_filings (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_filings_changes ON doc_filings (tenant_id, tx, id);

CREATE TABLE doc_notices (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_notices_changes ON doc_notices (tenant_id, tx, id);
