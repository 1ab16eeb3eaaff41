-- The warehouse sync job (src/warehouses/sync): the last snapshot each provider gave per SKU ×
-- warehouse, as it gave it (the `stock` document adds the reservations devices recorded on top, so
-- the raw figures are kept apart), and per merchant × provider account the last outcome, so an
-- error is told to the merchant once rather than at every run.
CREATE TABLE warehouse_snapshots (
  tenant_id text NOT NULL,
  warehouse text NOT NULL,
  sku text NOT NULL,
  snapshot jsonb NOT NULL,
  PRIMARY KEY (tenant_id, warehouse, sku)
);

CREATE TABLE warehouse_sync_state (
  tenant_id text NOT NULL,
  provider text NOT NULL,
  last_error text,
  synced_at timestamptz,
  PRIMARY KEY (tenant_id, provider)
);
