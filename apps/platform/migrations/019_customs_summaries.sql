-- Inventories gathered into a CEB701 summary request (src/customs/summarise-job.ts): each inventory
-- number once per merchant, written in the transaction that creates the summary filing.
CREATE TABLE customs_summary_items (
  tenant_id text NOT NULL,
  invt_no text NOT NULL,
  filing_id text NOT NULL,
  summary_id text NOT NULL,
  PRIMARY KEY (tenant_id, invt_no)
);

CREATE INDEX customs_summary_items_summary ON customs_summary_items (tenant_id, summary_id);
