-- Merchant credit (电商信用, issue 14): the negative list, each change of grade with its reasons,
-- and merchants' contests of their record.
CREATE TABLE park_negative_list (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id),
  reason text NOT NULL,
  source text NOT NULL,
  listed_on date NOT NULL,
  recorded_by text NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX park_negative_list_tenant ON park_negative_list (tenant_id);

CREATE TABLE park_credit_grades (
  tenant_id text NOT NULL REFERENCES tenants (id),
  id bigserial,
  at timestamptz NOT NULL DEFAULT now(),
  from_grade text,
  to_grade text NOT NULL,
  rule_version text NOT NULL,
  reasons jsonb NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE park_credit_contests (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id),
  user_id text NOT NULL REFERENCES users (id),
  subject text NOT NULL,
  statement text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open',
  answer text,
  answered_by text REFERENCES users (id),
  answered_at timestamptz
);

CREATE INDEX park_credit_contests_tenant ON park_credit_contests (tenant_id, at);
