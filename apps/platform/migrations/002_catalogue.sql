-- Catalogue: listings per channel and market (replicated like every doc_* table), and the bytes
-- of product images, stored once per tenant and content digest (documents carry only digests).

SELECT create_doc_table('listings');

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
