-- The park console's statistics (issue 14), kept current by triggers on the synced documents, so
-- every writer (pushes, customs receipts, the seed) updates them in its own transaction and the
-- dashboard reads narrow tables instead of walking JSON.

-- Training sandboxes and demo merchants can be left out of the figures with one switch.
ALTER TABLE tenants ADD COLUMN kind text NOT NULL DEFAULT 'merchant' CHECK (kind IN ('merchant', 'training', 'demo'));

-- A submitted customs declaration (a filing with a `declaration`), as the console counts it.
CREATE TABLE park_declarations (
  tenant_id text NOT NULL,
  filing_id text NOT NULL,
  mode text NOT NULL,
  export_month text NOT NULL,
  customs_status text NOT NULL,
  cancel_requested boolean NOT NULL,
  -- Rejected (100 退单, a negative business error), failed, or cancelled (399 after a CEB605): never an export.
  counts boolean NOT NULL,
  status_at timestamptz,
  sent_at timestamptz,
  released_at timestamptz,
  PRIMARY KEY (tenant_id, filing_id)
);

CREATE INDEX park_declarations_month ON park_declarations (export_month);

-- Which orders a declaration names, kept even before the order itself arrives.
CREATE TABLE park_declared_orders (
  tenant_id text NOT NULL,
  filing_id text NOT NULL,
  order_id text NOT NULL,
  PRIMARY KEY (tenant_id, filing_id, order_id)
);

CREATE INDEX park_declared_orders_order ON park_declared_orders (tenant_id, order_id);

-- One row per line of a declared order that counts as an export: the figures' only source.
CREATE TABLE park_export_lines (
  tenant_id text NOT NULL,
  filing_id text NOT NULL,
  order_id text NOT NULL,
  line_id text NOT NULL,
  month text NOT NULL,
  mode text NOT NULL,
  market text NOT NULL,
  channel text NOT NULL,
  hs_chapter text NOT NULL,
  -- The full HS code ('' when the product is not known) and the quantity, for the unit-price alert.
  hs_code text NOT NULL,
  quantity bigint NOT NULL,
  currency text NOT NULL,
  value bigint NOT NULL,
  PRIMARY KEY (tenant_id, filing_id, order_id, line_id)
);

CREATE INDEX park_export_lines_month ON park_export_lines (month);

-- The export lines summed per merchant and every breakdown's key, so the dashboard reads a few
-- thousand rows, not every line. Within one order only the HS chapter differs between lines:
-- `orders` counts an order once (on its lowest chapter), `chapter_orders` once per chapter.
CREATE TABLE park_export_rollup (
  tenant_id text NOT NULL,
  month text NOT NULL,
  mode text NOT NULL,
  market text NOT NULL,
  channel text NOT NULL,
  hs_chapter text NOT NULL,
  currency text NOT NULL,
  value bigint NOT NULL,
  lines bigint NOT NULL,
  orders bigint NOT NULL,
  chapter_orders bigint NOT NULL,
  PRIMARY KEY (tenant_id, month, mode, market, channel, hs_chapter, currency)
);

CREATE INDEX park_export_rollup_month ON park_export_rollup (month);

-- Adds (sign 1) or takes away (sign -1) export lines, given as a JSON array of their rows, from the rollup.
CREATE FUNCTION park_rollup_add(rows jsonb, sign integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO park_export_rollup AS r (tenant_id, month, mode, market, channel, hs_chapter, currency, value, lines, orders, chapter_orders)
  SELECT x.tenant_id, x.month, x.mode, x.market, x.channel, x.hs_chapter, x.currency, sign * sum(x.value), sign * count(*),
         sign * count(DISTINCT (x.filing_id, x.order_id)) FILTER (WHERE x.first_chapter), sign * count(DISTINCT (x.filing_id, x.order_id))
  FROM (SELECT y.*, y.hs_chapter = min(y.hs_chapter) OVER (PARTITION BY y.filing_id, y.order_id) AS first_chapter
        FROM jsonb_to_recordset(coalesce(rows, '[]'::jsonb)) AS y(tenant_id text, filing_id text, order_id text, month text, mode text, market text, channel text, hs_chapter text, currency text, value bigint)) x
  GROUP BY x.tenant_id, x.month, x.mode, x.market, x.channel, x.hs_chapter, x.currency
  ON CONFLICT (tenant_id, month, mode, market, channel, hs_chapter, currency) DO UPDATE
  SET value = r.value + excluded.value, lines = r.lines + excluded.lines, orders = r.orders + excluded.orders, chapter_orders = r.chapter_orders + excluded.chapter_orders;
$$;

-- Rebuilds the export lines of one declaration (and of one of its orders only, when given), and the rollup with them.
CREATE FUNCTION park_refresh_export_lines(t text, f text, o text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  declared park_declarations;
  changed jsonb;
BEGIN
  WITH gone AS (DELETE FROM park_export_lines e WHERE e.tenant_id = t AND e.filing_id = f AND (o IS NULL OR e.order_id = o) RETURNING e.*)
  SELECT jsonb_agg(to_jsonb(gone)) INTO changed FROM gone;
  PERFORM park_rollup_add(changed, -1);
  SELECT * INTO declared FROM park_declarations d WHERE d.tenant_id = t AND d.filing_id = f AND d.counts;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  WITH added AS (
    INSERT INTO park_export_lines (tenant_id, filing_id, order_id, line_id, month, mode, market, channel, hs_chapter, hs_code, quantity, currency, value)
    SELECT t, f, ord.id, line->>'id', declared.export_month, declared.mode, coalesce(nullif(ord.doc->>'buyerCountry', ''), '--'), ord.doc->>'channel',
           coalesce(substr(hs.code, 1, 2), '--'), coalesce(hs.code, ''),
           (line->>'quantity')::bigint, ord.doc->>'currency', (line->>'quantity')::bigint * (line->>'unitPrice')::bigint
    FROM park_declared_orders l
    JOIN doc_orders ord ON ord.tenant_id = l.tenant_id AND ord.id = l.order_id
    CROSS JOIN LATERAL jsonb_array_elements(ord.doc->'lines') AS line
    LEFT JOIN LATERAL (SELECT p.doc->>'hsCode' AS code FROM doc_products p WHERE p.tenant_id = t AND p.id = line->>'productId') hs ON true
    WHERE l.tenant_id = t AND l.filing_id = f AND (o IS NULL OR l.order_id = o)
      AND NOT ord.deleted AND ord.doc->>'status' <> 'cancelled'
    ON CONFLICT DO NOTHING
    RETURNING *)
  SELECT jsonb_agg(to_jsonb(added)) INTO changed FROM added;
  PERFORM park_rollup_add(changed, 1);
END
$$;

CREATE FUNCTION park_record_filing(t text, f text, doc jsonb, deleted boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  status text := doc->>'customsStatus';
  cancelled boolean := doc ? 'cancelRequest';
BEGIN
  DELETE FROM park_declarations WHERE tenant_id = t AND filing_id = f;
  DELETE FROM park_declared_orders WHERE tenant_id = t AND filing_id = f;
  IF NOT deleted AND doc->>'status' = 'submitted' AND doc ? 'declaration' THEN
    INSERT INTO park_declarations (tenant_id, filing_id, mode, export_month, customs_status, cancel_requested, counts, status_at, sent_at, released_at)
    VALUES (t, f, doc->'declaration'->>'mode', substr(doc->'declaration'->>'exportDate', 1, 7), status, cancelled,
            NOT (status IN ('100', 'failed') OR status LIKE '-%' OR (cancelled AND status = '399')),
            coalesce((doc->>'customsStatusAt')::timestamptz, (doc->>'updatedAt')::timestamptz),
            (SELECT min((m->>'sentAt')::timestamptz) FROM jsonb_array_elements(doc->'messages') m),
            (SELECT min((r->>'at')::timestamptz) FROM jsonb_array_elements(doc->'receipts') r WHERE r->>'code' IN ('800', '899')));
    INSERT INTO park_declared_orders (tenant_id, filing_id, order_id)
    SELECT DISTINCT t, f, x FROM jsonb_array_elements_text(doc->'orderIds') x;
  END IF;
  PERFORM park_refresh_export_lines(t, f, NULL);
END
$$;

CREATE FUNCTION park_filing_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM park_record_filing(NEW.tenant_id, NEW.id, NEW.doc, NEW.deleted);
  RETURN NULL;
END
$$;

CREATE FUNCTION park_order_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  f text;
BEGIN
  FOR f IN SELECT filing_id FROM park_declared_orders WHERE tenant_id = NEW.tenant_id AND order_id = NEW.id LOOP
    PERFORM park_refresh_export_lines(NEW.tenant_id, f, NEW.id);
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER park_filing_changed AFTER INSERT OR UPDATE ON doc_filings FOR EACH ROW EXECUTE FUNCTION park_filing_changed();

CREATE TRIGGER park_order_changed AFTER INSERT OR UPDATE ON doc_orders FOR EACH ROW EXECUTE FUNCTION park_order_changed();

-- Filings and orders written before this migration.
SELECT park_record_filing(tenant_id, id, doc, deleted) FROM doc_filings;

-- Every park console call: who, when, which action on what (never the answer).
CREATE TABLE park_console_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id text NOT NULL,
  action text NOT NULL,
  target text,
  detail jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX park_console_audit_at ON park_console_audit (at);
