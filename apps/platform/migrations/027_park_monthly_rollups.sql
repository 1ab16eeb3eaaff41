-- The park dashboard over any period reads months, not orders (issue 14). The per-merchant rollup
-- of 014 kept every combination of breakdown keys, so on real data it was barely smaller than the
-- export lines. It is replaced by one row per month and breakdown key:
--   park_merchant_month_exports: per merchant — the drill-downs;
--   park_month_exports: merchant-free (with the sandbox switch) — every other export figure;
--   park_merchant_keys: the months each merchant had exports under each key — the distinct-merchant counts;
--   park_merchant_month_declarations, park_month_declarations, park_month_clearance: the same for
--   declarations, and the clearance times (whole minutes) the median is taken from.
-- The same triggers keep them current: park_rollup_add (called with every change of export lines)
-- and a trigger on park_declarations; a tenant changing cluster or sandbox kind moves its rows.
-- Rows summed to zero stay behind; readers skip them (lines > 0, count > 0).

DROP TABLE park_export_rollup;

-- `dimension` is total, month, cluster, mode, market, channel or hsChapter; `key` its value ('total'
-- for total). `orders` counts an order once per key (so once per HS chapter it has lines in).
CREATE TABLE park_merchant_month_exports (
  tenant_id text NOT NULL,
  month text NOT NULL,
  dimension text NOT NULL, key text NOT NULL, currency text NOT NULL,
  value bigint NOT NULL, lines bigint NOT NULL, orders bigint NOT NULL,
  PRIMARY KEY (tenant_id, month, dimension, key, currency)
);

CREATE INDEX park_merchant_month_exports_key ON park_merchant_month_exports (dimension, key, month);

CREATE TABLE park_month_exports (
  month text NOT NULL,
  sandbox boolean NOT NULL,
  dimension text NOT NULL, key text NOT NULL, currency text NOT NULL,
  value bigint NOT NULL, lines bigint NOT NULL, orders bigint NOT NULL,
  PRIMARY KEY (month, sandbox, dimension, key, currency)
);

-- Kept from park_merchant_month_exports by a trigger, when a merchant's month under a key starts or stops having exports.
CREATE TABLE park_merchant_keys (
  tenant_id text NOT NULL,
  dimension text NOT NULL,
  key text NOT NULL,
  months text[] NOT NULL,
  PRIMARY KEY (tenant_id, dimension, key)
);

CREATE TABLE park_merchant_month_declarations (
  tenant_id text NOT NULL,
  month text NOT NULL,
  customs_status text NOT NULL,
  cancel_requested boolean NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (tenant_id, month, customs_status, cancel_requested)
);

CREATE TABLE park_month_declarations (
  month text NOT NULL,
  sandbox boolean NOT NULL,
  mode text NOT NULL,
  customs_status text NOT NULL,
  cancel_requested boolean NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (month, sandbox, mode, customs_status, cancel_requested)
);

-- Counting declarations released with a send time: how many took `minutes` from send to release.
CREATE TABLE park_month_clearance (
  month text NOT NULL,
  sandbox boolean NOT NULL,
  minutes integer NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (month, sandbox, minutes)
);

-- Adds (sign 1) or takes away (sign -1) per-merchant monthly rows into the merchant-free table.
-- Every upsert here walks its keys in primary-key order, so concurrent pushes lock shared rows in one order.
CREATE FUNCTION park_month_exports_add(rows jsonb, sandbox boolean, sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO park_month_exports AS m (month, sandbox, dimension, key, currency, value, lines, orders)
  SELECT x.month, sandbox, x.dimension, x.key, x.currency, sign * sum(x.value), sign * sum(x.lines), sign * sum(x.orders)
  FROM jsonb_to_recordset(coalesce(rows, '[]'::jsonb)) AS x(month text, dimension text, key text, currency text, value bigint, lines bigint, orders bigint)
  GROUP BY x.month, x.dimension, x.key, x.currency
  ORDER BY x.month, x.dimension, x.key, x.currency
  ON CONFLICT (month, sandbox, dimension, key, currency) DO UPDATE
  SET value = m.value + excluded.value, lines = m.lines + excluded.lines, orders = m.orders + excluded.orders;
$$;

-- Export lines (a JSON array of park_export_lines rows, all of one tenant) added or taken away.
CREATE OR REPLACE FUNCTION park_rollup_add(rows jsonb, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  tenant tenants;
  changed jsonb;
BEGIN
  IF rows IS NULL THEN
    RETURN;
  END IF;
  SELECT * INTO tenant FROM tenants WHERE id = rows->0->>'tenant_id';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  WITH keyed AS (
    SELECT x.month, d.dimension, d.key, x.currency, sum(x.value) AS value, count(*) AS lines, count(DISTINCT (x.filing_id, x.order_id)) AS orders
    FROM jsonb_to_recordset(rows) AS x(filing_id text, order_id text, month text, mode text, market text, channel text, hs_chapter text, currency text, value bigint)
    CROSS JOIN LATERAL (VALUES ('total', 'total'), ('month', x.month), ('cluster', tenant.cluster), ('mode', x.mode), ('market', x.market),
                               ('channel', x.channel), ('hsChapter', x.hs_chapter)) AS d(dimension, key)
    GROUP BY x.month, d.dimension, d.key, x.currency
  ), merchant AS (
    INSERT INTO park_merchant_month_exports AS m (tenant_id, month, dimension, key, currency, value, lines, orders)
    SELECT tenant.id, k.month, k.dimension, k.key, k.currency, sign * k.value, sign * k.lines, sign * k.orders FROM keyed k
    ON CONFLICT (tenant_id, month, dimension, key, currency) DO UPDATE
    SET value = m.value + excluded.value, lines = m.lines + excluded.lines, orders = m.orders + excluded.orders
  )
  SELECT jsonb_agg(to_jsonb(keyed)) INTO changed FROM keyed;
  PERFORM park_month_exports_add(changed, tenant.kind <> 'merchant', sign);
END
$$;

-- One declaration counted (sign 1) or taken away (sign -1) in the merchant-free tables.
CREATE FUNCTION park_month_declaration_add(d park_declarations, sandbox boolean, sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO park_month_declarations AS m (month, sandbox, mode, customs_status, cancel_requested, count)
  VALUES (d.export_month, sandbox, d.mode, d.customs_status, d.cancel_requested, sign)
  ON CONFLICT (month, sandbox, mode, customs_status, cancel_requested) DO UPDATE SET count = m.count + excluded.count;
  INSERT INTO park_month_clearance AS m (month, sandbox, minutes, count)
  SELECT d.export_month, sandbox, round(extract(epoch FROM d.released_at - d.sent_at) / 60)::integer, sign
  WHERE d.counts AND d.released_at IS NOT NULL AND d.sent_at IS NOT NULL
  ON CONFLICT (month, sandbox, minutes) DO UPDATE SET count = m.count + excluded.count;
$$;

CREATE FUNCTION park_declaration_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d park_declarations;
  sign integer := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
  tenant_kind text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    d := OLD;
  ELSE
    d := NEW;
  END IF;
  SELECT t.kind INTO tenant_kind FROM tenants t WHERE t.id = d.tenant_id;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  INSERT INTO park_merchant_month_declarations AS m (tenant_id, month, customs_status, cancel_requested, count)
  VALUES (d.tenant_id, d.export_month, d.customs_status, d.cancel_requested, sign)
  ON CONFLICT (tenant_id, month, customs_status, cancel_requested) DO UPDATE SET count = m.count + excluded.count;
  PERFORM park_month_declaration_add(d, tenant_kind <> 'merchant', sign);
  RETURN NULL;
END
$$;

CREATE TRIGGER park_declaration_counted AFTER INSERT OR DELETE ON park_declarations FOR EACH ROW EXECUTE FUNCTION park_declaration_counted();

-- A tenant moved to another cluster, or into or out of the sandboxes: its rows move with it.
CREATE FUNCTION park_tenant_regrouped() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d park_declarations;
BEGIN
  PERFORM park_month_exports_add((SELECT jsonb_agg(to_jsonb(e)) FROM park_merchant_month_exports e WHERE e.tenant_id = OLD.id), OLD.kind <> 'merchant', -1);
  UPDATE park_merchant_month_exports SET key = NEW.cluster WHERE tenant_id = NEW.id AND dimension = 'cluster';
  PERFORM park_month_exports_add((SELECT jsonb_agg(to_jsonb(e)) FROM park_merchant_month_exports e WHERE e.tenant_id = NEW.id), NEW.kind <> 'merchant', 1);
  FOR d IN SELECT * FROM park_declarations WHERE tenant_id = NEW.id LOOP
    PERFORM park_month_declaration_add(d, OLD.kind <> 'merchant', -1);
    PERFORM park_month_declaration_add(d, NEW.kind <> 'merchant', 1);
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER park_tenant_regrouped AFTER UPDATE OF cluster, kind ON tenants FOR EACH ROW
  WHEN (OLD.cluster IS DISTINCT FROM NEW.cluster OR OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION park_tenant_regrouped();

-- What was recorded before this migration.
INSERT INTO park_merchant_month_exports (tenant_id, month, dimension, key, currency, value, lines, orders)
SELECT x.tenant_id, x.month, d.dimension, d.key, x.currency, sum(x.value), count(*), count(DISTINCT (x.filing_id, x.order_id))
FROM park_export_lines x JOIN tenants t ON t.id = x.tenant_id
CROSS JOIN LATERAL (VALUES ('total', 'total'), ('month', x.month), ('cluster', t.cluster), ('mode', x.mode), ('market', x.market),
                           ('channel', x.channel), ('hsChapter', x.hs_chapter)) AS d(dimension, key)
GROUP BY x.tenant_id, x.month, d.dimension, d.key, x.currency;

INSERT INTO park_month_exports (month, sandbox, dimension, key, currency, value, lines, orders)
SELECT e.month, t.kind <> 'merchant', e.dimension, e.key, e.currency, sum(e.value), sum(e.lines), sum(e.orders)
FROM park_merchant_month_exports e JOIN tenants t ON t.id = e.tenant_id
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO park_merchant_month_declarations (tenant_id, month, customs_status, cancel_requested, count)
SELECT d.tenant_id, d.export_month, d.customs_status, d.cancel_requested, count(*)
FROM park_declarations d JOIN tenants t ON t.id = d.tenant_id
GROUP BY 1, 2, 3, 4;

SELECT park_month_declaration_add(d, t.kind <> 'merchant', 1) FROM park_declarations d JOIN tenants t ON t.id = d.tenant_id;

INSERT INTO park_merchant_keys (tenant_id, dimension, key, months)
SELECT tenant_id, dimension, key, array_agg(DISTINCT month ORDER BY month) FROM park_merchant_month_exports WHERE lines > 0 GROUP BY 1, 2, 3;

CREATE FUNCTION park_merchant_key_refresh(t text, dim text, k text) RETURNS void LANGUAGE sql AS $$
  INSERT INTO park_merchant_keys AS m (tenant_id, dimension, key, months)
  SELECT t, dim, k, coalesce(array_agg(DISTINCT e.month ORDER BY e.month), '{}')
  FROM park_merchant_month_exports e WHERE e.tenant_id = t AND e.dimension = dim AND e.key = k AND e.lines > 0
  ON CONFLICT (tenant_id, dimension, key) DO UPDATE SET months = excluded.months;
$$;

CREATE FUNCTION park_merchant_month_flipped() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.key <> NEW.key THEN
    PERFORM park_merchant_key_refresh(OLD.tenant_id, OLD.dimension, OLD.key);
  END IF;
  PERFORM park_merchant_key_refresh(NEW.tenant_id, NEW.dimension, NEW.key);
  RETURN NULL;
END
$$;

-- After the backfill above: the rows it wrote are already in park_merchant_keys.
CREATE TRIGGER park_merchant_month_started AFTER INSERT ON park_merchant_month_exports FOR EACH ROW
  WHEN (NEW.lines > 0) EXECUTE FUNCTION park_merchant_month_flipped();

CREATE TRIGGER park_merchant_month_flipped AFTER UPDATE ON park_merchant_month_exports FOR EACH ROW
  WHEN ((OLD.lines > 0) <> (NEW.lines > 0) OR OLD.key <> NEW.key) EXECUTE FUNCTION park_merchant_month_flipped();
