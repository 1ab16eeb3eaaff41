-- filings documents v0 → v1 (the declaration, its revision, customs' full status, receipt history
-- and the messages sent): the stored rows are rewritten with the domain's step
-- (DOCUMENT_UPGRADES in src/db/document-upgrades.ts), each with a new tx.
-- The customs pipeline's own tables (src/customs):
-- every message handed to the gateway, by its guid: what a receipt answers and what was sent once.
CREATE TABLE customs_messages (
  message_guid text PRIMARY KEY,
  document_guid text NOT NULL UNIQUE,
  tenant_id text NOT NULL,
  filing_id text NOT NULL,
  revision integer NOT NULL,
  type text NOT NULL,
  cop_no text NOT NULL,
  order_no text NOT NULL,
  app_type text NOT NULL,
  sent_at timestamptz
);

CREATE INDEX customs_messages_filing ON customs_messages (tenant_id, filing_id);

-- Receipts applied to a filing, once each (the key is the receipt's own identity).
CREATE TABLE customs_receipts (
  receipt_key text PRIMARY KEY,
  tenant_id text NOT NULL,
  filing_id text NOT NULL,
  document_guid text NOT NULL,
  type text NOT NULL,
  code text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);

-- Receipts that could not be read or matched: kept whole, never half-applied.
CREATE TABLE customs_receipts_rejected (
  id bigserial PRIMARY KEY,
  source_key text NOT NULL UNIQUE,
  tenant_id text,
  reason text NOT NULL,
  raw text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
