import type { ParkDrillDown, ParkStatistics } from '@tradewind/contract';
import type { ReplicatedDoc } from '@tradewind/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edited } from './support/documents.ts';
import { api } from './support/http.ts';
import { aDeclaration, addMerchant, anOrder, aProduct, ok, parkPlatform, store } from './support/park-data.ts';
import { ENGINES, type TestPlatform } from './support/platform.ts';

/**
 * The dashboard against an independent computation: straight from the synced documents (doc_*),
 * not from the tables the triggers keep, over merchants of two clusters and a training sandbox,
 * three modes, two months, a cancelled order and a rejected declaration.
 */
const INDEPENDENT_LINES = `
  WITH counted AS (
    SELECT f.tenant_id, f.doc->'declaration'->>'mode' AS mode, substr(f.doc->'declaration'->>'exportDate', 1, 7) AS month, o.value AS order_id
    FROM doc_filings f CROSS JOIN LATERAL jsonb_array_elements_text(f.doc->'orderIds') o
    WHERE NOT f.deleted AND f.doc->>'status' = 'submitted' AND f.doc ? 'declaration'
      AND f.doc->>'customsStatus' NOT IN ('100', 'failed') AND f.doc->>'customsStatus' NOT LIKE '-%'
      AND NOT (f.doc ? 'cancelRequest' AND f.doc->>'customsStatus' = '399')
  )
  SELECT CASE $1 WHEN 'month' THEN c.month WHEN 'cluster' THEN t.cluster WHEN 'mode' THEN c.mode WHEN 'market' THEN ord.doc->>'buyerCountry'
           WHEN 'channel' THEN ord.doc->>'channel' WHEN 'hsChapter' THEN left(p.doc->>'hsCode', 2) ELSE 'total' END AS key,
         c.tenant_id, ord.id AS order_id, ord.doc->>'currency' AS currency, (l->>'quantity')::numeric * (l->>'unitPrice')::numeric AS value
  FROM counted c
  JOIN tenants t ON t.id = c.tenant_id
  JOIN doc_orders ord ON ord.tenant_id = c.tenant_id AND ord.id = c.order_id AND NOT ord.deleted AND ord.doc->>'status' <> 'cancelled'
  CROSS JOIN LATERAL jsonb_array_elements(ord.doc->'lines') l
  LEFT JOIN doc_products p ON p.tenant_id = c.tenant_id AND p.id = l->>'productId'
  WHERE (NOT $2::boolean OR t.kind = 'merchant') AND c.month BETWEEN $3 AND $4`;
const INDEPENDENT = `SELECT key, currency, sum(value)::text AS value, count(DISTINCT order_id)::text AS orders, NULL AS merchants FROM (${INDEPENDENT_LINES}) x GROUP BY 1, 2
  UNION ALL SELECT key, NULL, NULL, NULL, count(DISTINCT tenant_id)::text FROM (${INDEPENDENT_LINES}) x GROUP BY 1`;

describe.each(ENGINES)('park statistics on %s', (engine) => {
  let platform: TestPlatform;
  let admin: string;
  const ids: Record<'knives' | 'textile' | 'sandbox', string> = { knives: '', textile: '', sandbox: '' };

  const independent = async (dimension: string, excludeSandboxes: boolean, from = '0000-00', to = '9999-99') => {
    const rows = await platform.db.query<{ key: string; currency: string | null; value: string; orders: string; merchants: string | null }>(INDEPENDENT, [dimension, excludeSandboxes, from, to]);
    const byKey = new Map<string, { value: Record<string, number>; orders: number; merchants: number }>();
    for (const row of rows) {
      const entry = byKey.get(row.key) ?? { value: {}, orders: 0, merchants: 0 };
      // An order has one currency: its orders per currency add up to the key's orders.
      if (row.currency === null) byKey.set(row.key, { ...entry, merchants: Number(row.merchants) });
      else byKey.set(row.key, { ...entry, value: { ...entry.value, [row.currency]: Number(row.value) }, orders: entry.orders + Number(row.orders) });
    }
    return Object.fromEntries([...byKey].sort(([a], [b]) => a.localeCompare(b)));
  };
  const statistics = (query: string) => ok(api<ParkStatistics>(platform.app, 'GET', `/api/park/statistics?${query}`, { token: admin }));

  beforeAll(async () => {
    ({ platform, admin } = await parkPlatform(engine));
    const { db } = platform;
    ids.knives = await addMerchant(db, { cluster: 'yangjiang-knives', registeredAt: '2026-10-02T08:00:00Z' });
    ids.textile = await addMerchant(db, { cluster: 'shaoxing-textile', registeredAt: '2026-11-03T08:00:00Z' });
    ids.sandbox = await addMerchant(db, { cluster: 'yangjiang-knives', kind: 'training', registeredAt: '2026-11-04T08:00:00Z' });

    const knife = aProduct('8211910000');
    const tray = aProduct('7323990000');
    await store(db, ids.knives, 'products', [knife, tray]);
    const gb = anOrder({ currency: 'USD', market: 'GB', channel: 'amazon' }, [
      [knife, 100, 650],
      [tray, 50, 300],
    ]);
    const de = anOrder({ currency: 'EUR', market: 'DE', channel: 'b2b' }, [[knife, 400, 500]]);
    const cancelledLater = anOrder({ currency: 'USD', market: 'GB', channel: 'amazon', status: 'confirmed' }, [[knife, 999, 999]]);
    await store(db, ids.knives, 'orders', [gb, de, cancelledLater]);
    await store(db, ids.knives, 'filings', [
      aDeclaration([gb, cancelledLater], { mode: '9610', exportDate: '2026-11-10', customsStatus: '800', releasedAt: '2026-11-10T05:00:00.000Z' }),
      aDeclaration([de], { mode: '9710', exportDate: '2026-10-20', customsStatus: '120' }),
    ]);
    // Cancelled after it was declared: the order's own write takes it out of the figures.
    await store(db, ids.knives, 'orders', [edited(cancelledLater, { status: 'cancelled' })]);

    const cloth = aProduct('6204420000');
    await store(db, ids.textile, 'products', [cloth]);
    const us = anOrder({ currency: 'USD', market: 'US', channel: 'temu' }, [[cloth, 1000, 120]]);
    const refused = anOrder({ currency: 'USD', market: 'US', channel: 'b2b' }, [[cloth, 777, 777]]);
    await store(db, ids.textile, 'orders', [us, refused]);
    await store(db, ids.textile, 'filings', [
      aDeclaration([us], { mode: '9610', exportDate: '2026-11-12', customsStatus: '899', releasedAt: '2026-11-12T09:00:00.000Z' }),
      aDeclaration([refused], { mode: '9810', exportDate: '2026-11-13', customsStatus: '100' }),
    ]);

    const practice = aProduct('8211910000');
    await store(db, ids.sandbox, 'products', [practice]);
    const training = anOrder({ currency: 'USD', market: 'GB', channel: 'amazon' }, [[practice, 10, 10_000]]);
    await store(db, ids.sandbox, 'orders', [training]);
    await store(db, ids.sandbox, 'filings', [aDeclaration([training], { mode: '9610', exportDate: '2026-11-15', customsStatus: '800', releasedAt: '2026-11-15T03:00:00.000Z' })]);
  });
  afterAll(() => platform?.close());

  const asMap = (figures: { key: string; value: Record<string, number>; orders: number; merchants: number }[]) =>
    Object.fromEntries(figures.map((figure) => [figure.key, { value: figure.value, orders: figure.orders, merchants: figure.merchants }]));

  it('equals the independent computation for every breakdown, with and without sandboxes', async () => {
    for (const excludeSandboxes of [false, true]) {
      const body = await statistics(`excludeSandboxes=${excludeSandboxes}`);
      expect(asMap([body.exports.total])).toEqual(await independent('total', excludeSandboxes));
      for (const dimension of ['month', 'cluster', 'mode', 'market', 'channel', 'hsChapter'] as const) {
        expect(asMap(body.exports[dimension]), dimension).toEqual(await independent(dimension, excludeSandboxes));
      }
    }
  });

  it('never counts the cancelled order or the rejected declaration, and the switch leaves the sandbox out', async () => {
    const body = await statistics('excludeSandboxes=true&from=2026-10&to=2026-11');
    expect(body.exports.total.value).toEqual({ USD: 100 * 650 + 50 * 300 + 1000 * 120, EUR: 400 * 500 });
    expect(body.exports.mode.map((figure) => figure.key)).toEqual(['9610', '9710']);
    expect(body.exports.total.orders).toBe(3);
    expect(body.merchants).toMatchObject({ active: 2, newRegistrations: 2 });
    expect(body.declarations).toMatchObject({ total: 4, rejected: 1, rejectionRate: 1 / 3, medianClearanceHours: 6 });
    expect(body.exports.hsChapter.find((figure) => figure.key === '82')).toMatchObject({ orders: 2, merchants: 1 });
    // The platform's rate table converts: EUR 2,000.00 at 0.863 per USD, plus USD 2,000.00.
    expect(body.exports.total.valueUsd).toBe(200_000 + Math.round((200_000 / 0.863) * 1));
    const withSandbox = await statistics('from=2026-11&to=2026-11');
    expect(asMap([withSandbox.exports.total])).toEqual(await independent('total', false, '2026-11', '2026-11'));
    expect(withSandbox.exports.cluster.find((figure) => figure.key === 'yangjiang-knives')?.merchants).toBe(2);
    // Released after 2 (sandbox), 4 and 8 hours.
    expect(withSandbox.declarations).toMatchObject({ total: 4, medianClearanceHours: 4 });
  });

  it('moves the figures of a merchant when it changes cluster or leaves the sandboxes', async () => {
    const regroup = (id: string, cluster: string, kind: string) => platform.db.query('UPDATE tenants SET cluster = $2, kind = $3 WHERE id = $1', [id, cluster, kind]);
    await regroup(ids.knives, 'yiwu-goods', 'merchant');
    await regroup(ids.sandbox, 'shaoxing-textile', 'merchant');
    try {
      const body = await statistics('excludeSandboxes=true');
      for (const dimension of ['cluster', 'mode', 'month'] as const) {
        expect(asMap(body.exports[dimension]), dimension).toEqual(await independent(dimension, true));
      }
      expect(body.exports.cluster.map((figure) => [figure.key, figure.merchants])).toEqual([
        ['shaoxing-textile', 2],
        ['yiwu-goods', 1],
      ]);
      expect(body.declarations).toMatchObject({ total: 5, medianClearanceHours: 4 });
    } finally {
      await regroup(ids.knives, 'yangjiang-knives', 'merchant');
      await regroup(ids.sandbox, 'yangjiang-knives', 'training');
    }
    expect(asMap((await statistics('excludeSandboxes=true')).exports.cluster)).toEqual(await independent('cluster', true));
  });

  it('drills a figure down to the merchants behind it', async () => {
    const drill = async (query: string) => (await api<ParkDrillDown>(platform.app, 'GET', `/api/park/statistics/merchants?${query}`, { token: admin })).body;
    const knives = await drill('figure=exports&dimension=cluster&key=yangjiang-knives&excludeSandboxes=true');
    expect(knives.rows.map((row) => [row.tenantId, row.value])).toEqual([[ids.knives, { USD: 80_000, EUR: 200_000 }]]);
    const rejections = await drill('figure=rejections');
    expect(rejections.rows.map((row) => [row.tenantId, row.rejected, row.declarations])).toEqual([[ids.textile, 1, 2]]);
    const hs62 = await drill('figure=exports&dimension=hsChapter&key=62');
    expect(hs62.rows.map((row) => row.tenantId)).toEqual([ids.textile]);
  });

  it('exports the same figures to an Excel workbook', async () => {
    const response = await platform.app.inject({ method: 'GET', url: '/api/park/statistics.xlsx?excludeSandboxes=true&lang=en', headers: { authorization: `Bearer ${admin}` } });
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const modes = book.getWorksheet('Customs mode')!;
    expect(modes.getRow(1).values).toEqual([undefined, 'Item', 'Orders', 'Merchants', 'Export value (USD)', 'Export value (CNY)', 'EUR', 'USD']);
    const body = await statistics('excludeSandboxes=true');
    const rows = body.exports.mode.map((_, index) => modes.getRow(index + 2).values as unknown[]);
    expect(rows.map((row) => [row[1], row[2], row[7]])).toEqual(body.exports.mode.map((figure) => [figure.key, figure.orders, (figure.value.USD ?? 0) / 100]));
  });

  it('keeps its figures current as documents change: a declaration withdrawn from the park leaves them', async () => {
    const before = await statistics('excludeSandboxes=true');
    const [filing] = await platform.db.query<{ doc: ReplicatedDoc }>(`SELECT doc FROM doc_filings WHERE tenant_id = $1 AND doc->'declaration'->>'mode' = '9710'`, [ids.knives]);
    await store(platform.db, ids.knives, 'filings', [{ ...edited(filing!.doc, { status: 'withdrawn' }), _deleted: false }]);
    const after = await statistics('excludeSandboxes=true');
    expect(after.exports.total.value).toEqual({ USD: before.exports.total.value.USD });
    expect(after.exports.total).toMatchObject({ orders: 2 });
  });
});
