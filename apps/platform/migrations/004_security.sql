-- Accounts waiting for the park administrator, login throttling, and the audit log.
ALTER TABLE tenants ADD COLUMN status text NOT NULL DEFAULT 'active';

ALTER TABLE tenants ADD COLUMN uscc text;

CREATE UNIQUE INDEX tenants_uscc ON tenants (uscc);

ALTER TABLE tenants ADD COLUMN registered_at timestamptz;

CREATE TABLE login_failures (
  username text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX login_failures_recent ON login_failures (username, at);

CREATE TABLE audit_log (
  tenant_id text NOT NULL,
  id bigserial,
  at timestamptz NOT NULL DEFAULT now(),
  user_id text NOT NULL,
  device_id text NOT NULL,
  collection text NOT NULL,
  document_id text NOT NULL,
  action text NOT NULL,
  fields jsonb NOT NULL,
  reason text,
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX audit_log_document ON audit_log (tenant_id, collection, document_id);

CREATE INDEX devices_user ON devices (user_id);
