-- Park announcements (issue 14): what the park published, and which notice carried it to each merchant.
-- The notice itself is a `notices` document of the merchant (kind announcement); its readAt is the read receipt.
CREATE TABLE announcements (
  id text PRIMARY KEY,
  title_zh text NOT NULL,
  title_en text NOT NULL,
  body_zh text NOT NULL,
  body_en text NOT NULL,
  target jsonb NOT NULL,
  attachment_digest text,
  attachment_name text,
  attachment_type text,
  published_by text NOT NULL REFERENCES users (id),
  published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE announcement_deliveries (
  announcement_id text NOT NULL REFERENCES announcements (id),
  tenant_id text NOT NULL REFERENCES tenants (id),
  notice_id text NOT NULL,
  PRIMARY KEY (announcement_id, tenant_id)
);
