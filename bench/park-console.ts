/**
 * `npm run bench:park`: the park console on PostgreSQL at park scale. Seeds BENCH_MERCHANTS
 * merchants (2,000), BENCH_ORDERS orders (1,000,000) and BENCH_DECLARATIONS declarations
 * (200,000, five orders each) straight into the doc_* tables — the park triggers keep the
 * statistics tables current as they would for pushes — then times the dashboard and its
 * drill-downs through the platform's routes (p50 / p95 over BENCH_RUNS), and the cost the
 * triggers add to a push: the same sync-store writes with the triggers on and off.
 * BENCH_DATABASE_URL: an empty PostgreSQL database; without it, a throwaway cluster.
 */
import { newId } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { openDatabase } from '../apps/platform/src/db/open.ts';
import type { Database } from '../apps/platform/src/db/database.ts';
import { createPlatform } from '../apps/platform/src/server.ts';
import { createSqlSyncStore } from '../apps/platform/src/sync/sql-sync-store.ts';
import { startThrowawayPostgres } from '../test-support/throwaway-postgres.ts';
import { loadAverage } from './load-average.ts';
import { benchSettings, log } from './settings.ts';

const settings = benchSettings({ merchants: 2_000, orders: 1_000_000, declarations: 200_000, runs: 20, pushes: 200 });
const CHUNK = 50_000;
const ORDERS_PER_DECLARATION = 5;

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function seed(db: Database): Promise<void> {
  await timed(`${settings.merchants} merchants, 5 products each`, async () => {
    await db.query(
      `INSERT INTO tenants (id, name, cluster, code, status, kind, registered_at)
       SELECT 'bench-' || i, '基准商户 ' || i,
              (ARRAY['yangjiang-knives', 'shaoxing-textile', 'yiwu-goods', 'dongguan-electronics', 'jinjiang-shoes', 'caoxian-costumes'])[1 + i % 6],
              chr(65 + i / 26 % 26) || chr(65 + i % 26), 'active', CASE WHEN i % 50 = 0 THEN 'training' ELSE 'merchant' END,
              timestamptz '2025-01-01' + (i % 700) * interval '1 day'
       FROM generate_series(0, $1 - 1) i`,
      [settings.merchants],
    );
    await db.query(
      `INSERT INTO doc_products (tenant_id, id, doc)
       SELECT 'bench-' || i, 'p' || j, jsonb_build_object('id', 'p' || j, 'name', '产品 ' || j, 'sku', 'SKU-' || j,
              'hsCode', (ARRAY['8211920000', '8213000000', '6204420000', '9503008900', '6403990000'])[1 + (i + j) % 5])
       FROM generate_series(0, $1 - 1) i, generate_series(0, 4) j`,
      [settings.merchants],
    );
  });
  for (let from = 0; from < settings.orders; from += CHUNK) {
    await timed(`orders ${from}–${Math.min(settings.orders, from + CHUNK) - 1}`, () =>
      db.query(
        `INSERT INTO doc_orders (tenant_id, id, doc)
         SELECT 'bench-' || (i % $3), 'o' || i, jsonb_build_object(
           'id', 'o' || i, 'number', 'BN' || lpad((i % 1000000)::text, 6, '0'), 'buyerName', 'Buyer ' || (i % 997), 'incoterm', 'FOB', 'notes', '',
           'status', CASE WHEN i % 20 = 0 THEN 'cancelled' ELSE 'shipped' END,
           'currency', (ARRAY['USD', 'USD', 'EUR', 'GBP'])[1 + i % 4],
           'buyerCountry', (ARRAY['US', 'GB', 'DE', 'FR', 'AE', 'SA', 'BR', 'MX', 'JP', 'RU'])[1 + i % 10],
           'channel', (ARRAY['fair', 'b2b', 'amazon', 'aliexpress', 'shopee', 'temu'])[1 + i % 6],
           'createdAt', '2026-01-01T00:00:00.000Z',
           'lines', CASE WHEN i % 2 = 0
             THEN jsonb_build_array(jsonb_build_object('id', 'l1', 'productId', 'p' || (i % 5), 'sku', 'SKU', 'name', '产品', 'quantity', 1 + i % 50, 'unitPrice', 100 + (i * 7) % 5000))
             ELSE jsonb_build_array(jsonb_build_object('id', 'l1', 'productId', 'p' || (i % 5), 'sku', 'SKU', 'name', '产品', 'quantity', 1 + i % 50, 'unitPrice', 100 + (i * 7) % 5000),
                                    jsonb_build_object('id', 'l2', 'productId', 'p' || ((i + 1) % 5), 'sku', 'SKU', 'name', '产品', 'quantity', 1 + i % 20, 'unitPrice', 250 + (i * 3) % 900)) END)
         FROM generate_series($1, $2 - 1) i`,
        [from, Math.min(settings.orders, from + CHUNK), settings.merchants],
      ),
    );
  }
  await timed('ANALYZE (as a running park has statistics)', () => db.query('ANALYZE'));
  // Declaration k is merchant k % M's n-th (n = k / M): its orders are that merchant's next five.
  for (let from = 0; from < settings.declarations; from += CHUNK / ORDERS_PER_DECLARATION) {
    const to = Math.min(settings.declarations, from + CHUNK / ORDERS_PER_DECLARATION);
    await timed(`declarations ${from}–${to - 1}`, () =>
      db.query(
        `INSERT INTO doc_filings (tenant_id, id, doc)
         SELECT 'bench-' || (k % $3), 'f' || k, jsonb_build_object(
           'id', 'f' || k, 'kind', 'ceb603-inventory', 'status', 'submitted', 'title', 'Bench', 'revision', 1, 'payload', '{}'::jsonb,
           'updatedAt', (date '2025-12-01' + (k % 365))::text || 'T12:00:00.000Z',
           'orderIds', (SELECT jsonb_agg('o' || (k % $3 + $3 * ($4 * (k / $3) + j))) FROM generate_series(0, $4 - 1) j),
           'declaration', jsonb_build_object('mode', (ARRAY['9610', '9710', '9810'])[1 + k % 3], 'exportDate', (date '2025-12-01' + (k % 365))::text),
           'customsStatus', CASE WHEN k % 25 = 0 THEN '100' WHEN k % 10 = 0 THEN '120' ELSE '800' END,
           'messages', jsonb_build_array(jsonb_build_object('sentAt', (date '2025-12-01' + (k % 365))::text || 'T01:00:00.000Z')),
           'receipts', CASE WHEN k % 25 <> 0 AND k % 10 <> 0
             THEN jsonb_build_array(jsonb_build_object('code', '800', 'at', (date '2025-12-01' + (k % 365))::text || 'T0' || (2 + k % 8) || ':00:00.000Z'))
             ELSE '[]'::jsonb END)
         FROM generate_series($1, $2 - 1) k`,
        [from, to, settings.merchants, ORDERS_PER_DECLARATION],
      ),
    );
  }
  await timed('ANALYZE', () => db.query('ANALYZE'));
}

async function measureRoutes(app: Awaited<ReturnType<typeof createPlatform>>, token: string): Promise<void> {
  const routes = [
    '/api/park/statistics',
    '/api/park/statistics?excludeSandboxes=true&from=2026-11&to=2026-11',
    '/api/park/statistics/merchants?figure=exports&dimension=cluster&key=yangjiang-knives',
    '/api/park/statistics/merchants?figure=exports&dimension=month&key=2026-05&excludeSandboxes=true',
    '/api/park/statistics/merchants?figure=rejections',
  ];
  for (const url of routes) {
    const times: number[] = [];
    for (let run = 0; run <= settings.runs; run++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
      // The first call warms caches and plans; it is not counted.
      if (run > 0) times.push(performance.now() - started);
    }
    log(`  ${url}\n    p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
  }
}

/** The sync store's writes of pushes (a declared order edited, a declaration submitted) with the park triggers on or off. */
async function measurePushCost(db: Database): Promise<void> {
  const store = createSqlSyncStore(db);
  const tenant = 'bench-1';
  const [order] = await db.query<{ doc: ReplicatedDoc }>(`SELECT doc FROM doc_orders WHERE tenant_id = $1 AND id = $2`, [tenant, `o${1 + settings.merchants}`]);
  const [filing] = await db.query<{ doc: ReplicatedDoc }>(`SELECT doc FROM doc_filings WHERE tenant_id = $1 LIMIT 1`, [tenant]);
  const pushes = {
    'a declared order edited': () => store.transaction(tenant, (tx) => tx.write('orders', [{ ...order!.doc, notes: newId(), _deleted: false }])),
    'a declaration of five orders submitted': () => store.transaction(tenant, (tx) => tx.write('filings', [{ ...filing!.doc, id: newId(), _deleted: false }])),
  };
  const toggle = (on: boolean) => Promise.all(['doc_orders', 'doc_filings'].map((table) => db.query(`ALTER TABLE ${table} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER USER`)));
  for (const [label, push] of Object.entries(pushes)) {
    const figures: Record<string, number[]> = { on: [], off: [] };
    for (let round = 0; round < settings.pushes; round++) {
      for (const state of ['on', 'off'] as const) {
        await toggle(state === 'on');
        const started = performance.now();
        await push();
        figures[state]!.push(performance.now() - started);
      }
    }
    await toggle(true);
    const median = (state: string) => percentile(figures[state]!, 50);
    log(`  ${label}: triggers on p50 ${ms(median('on'))} (p95 ${ms(percentile(figures.on!, 95))}), off p50 ${ms(median('off'))} → +${ms(median('on') - median('off'))} per push`);
  }
}

const cluster = process.env.BENCH_DATABASE_URL ? null : await startThrowawayPostgres();
try {
  const db = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL ?? cluster!.url });
  const app = await createPlatform({ db });
  log(`Park console on PostgreSQL: ${settings.merchants} merchants, ${settings.orders} orders, ${settings.declarations} declarations (load average ${loadAverage()})`);
  log('Seeding (through the park triggers):');
  await seed(db);
  const [lines] = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM park_export_lines');
  log(`  ${Number(lines!.n).toLocaleString('en-US')} export lines kept by the triggers`);
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'park-admin', password: 'tradewind-demo', deviceName: 'bench' } });
  const token = (login.json() as { accessToken: string }).accessToken;
  log(`Dashboard and drill-downs (in process, through the routes; ${settings.runs} runs after one warm-up):`);
  await measureRoutes(app, token);
  log(`Cost of keeping statistics current, per push (${settings.pushes} rounds):`);
  await measurePushCost(db);
  log(`Load average at the end: ${loadAverage()} (2 cores shared with other work: figures are "machine loaded")`);
  await app.close();
  await db.close();
} finally {
  cluster?.stop();
}
