-- Catalogue: listings per channel and market (replicated like every doc_* table), and the bytes
-- of product images, stored once per tenant and content digest (documents carry only digests).

CREATE TABLE doc_listings (
  tenant_id text NOT NULL,
  id text NOT NULL,
  doc jsonb NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX doc_listings_changes ON doc_listings (tenant_id, tx, id);

CREATE TABLE image_blobs (
  tenant_id text NOT NULL,
  -- Hex SHA-256 of the bytes: RxDB's attachment digest, checked on upload.
  digest text NOT NULL,
  content_type text NOT NULL,
  length integer NOT NULL,
  data bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, digest)
);
