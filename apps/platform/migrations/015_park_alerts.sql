-- Risk alerts raised by the park's monitoring rules (resources/park/monitoring-rules.json) and the
-- workflow each goes through: open → assessed → handled → reviewed, every step with who and when.
CREATE TABLE park_alerts (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id),
  kind text NOT NULL,
  rule_id text NOT NULL,
  rules_version text NOT NULL,
  severity text NOT NULL,
  -- One finding is alerted once: a later run finding it again raises nothing.
  subject text NOT NULL,
  evidence jsonb NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  state text NOT NULL DEFAULT 'open',
  UNIQUE (tenant_id, rule_id, subject)
);

CREATE INDEX park_alerts_state ON park_alerts (state, raised_at);

CREATE TABLE park_alert_steps (
  alert_id text NOT NULL REFERENCES park_alerts (id),
  state text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now(),
  note text NOT NULL,
  PRIMARY KEY (alert_id, state)
);
