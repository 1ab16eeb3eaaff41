import type { AlertEvaluation, ParkAlert } from '@tradewind/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueDailyMonitoring, MONITORING_JOB, startMonitoringSchedule } from '../src/park/console/monitoring-schedule.ts';
import { writeDocumentsIn } from '../src/sync/sql-sync-store.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { api } from './support/http.ts';
import { addMerchant, aProduct, declareExport, ok, parkPlatform, store } from './support/park-data.ts';
import { ENGINES, type TestPlatform } from './support/platform.ts';

const AS_OF = '2026-11-28';

describe.each(ENGINES)('park monitoring on %s', (engine) => {
  let platform: TestPlatform;
  let admin: string;
  const merchants: Record<string, string> = {};

  const evaluate = () => ok(api<AlertEvaluation>(platform.app, 'POST', '/api/park/alerts/evaluate', { token: admin, body: { asOf: AS_OF } }));

  beforeAll(async () => {
    ({ platform, admin } = await parkPlatform(engine));
    const { db } = platform;
    for (const name of ['steady', 'fair', 'cheap', 'jumper', 'rejected', 'refused', 'big', 'quiet']) merchants[name] = await addMerchant(db, { cluster: 'yangjiang-knives' });
    const product = async (name: string) => {
      const knife = aProduct('8211910000');
      await store(db, merchants[name]!, 'products', [knife]);
      return knife;
    };
    // Unit prices USD 6.50, 7.00 and 1.00 for one HS code: only the last is far from the median.
    await declareExport(db, merchants.steady!, await product('steady'), { quantity: 100, unitPrice: 650, exportDate: '2026-11-03' });
    await declareExport(db, merchants.fair!, await product('fair'), { quantity: 100, unitPrice: 700, exportDate: '2026-11-04' });
    await declareExport(db, merchants.cheap!, await product('cheap'), { quantity: 100, unitPrice: 100, exportDate: '2026-11-05' });
    // USD 100 a month, then USD 15,000 in November.
    const jumperKnife = aProduct('8215200000');
    await store(db, merchants.jumper!, 'products', [jumperKnife]);
    for (const month of ['08', '09', '10']) await declareExport(db, merchants.jumper!, jumperKnife, { quantity: 10, unitPrice: 1000, exportDate: `2026-${month}-10` });
    await declareExport(db, merchants.jumper!, jumperKnife, { quantity: 1500, unitPrice: 1000, exportDate: '2026-11-10' });
    // Three rejections within 30 days; "quiet" had two, and one long ago.
    const rejectedKnife = aProduct('8215990000');
    await store(db, merchants.rejected!, 'products', [rejectedKnife]);
    for (const day of ['05', '12', '20']) await declareExport(db, merchants.rejected!, rejectedKnife, { quantity: 1, unitPrice: 500, exportDate: `2026-11-${day}`, customsStatus: '100' });
    const quietKnife = aProduct('8215990000');
    await store(db, merchants.quiet!, 'products', [quietKnife]);
    for (const date of ['2026-08-01', '2026-11-12', '2026-11-20']) await declareExport(db, merchants.quiet!, quietKnife, { quantity: 1, unitPrice: 500, exportDate: date, customsStatus: '-621001' });
    // EUR 150,000: about USD 173,800, past 80 % of USD 200,000.
    const bigKnife = aProduct('8211920000');
    await store(db, merchants.big!, 'products', [bigKnife]);
    await declareExport(db, merchants.big!, bigKnife, { quantity: 1000, unitPrice: 15_000, exportDate: '2026-06-10', currency: 'EUR' });
    // Three listings refused for compliance, as the sync store records a refused push; "quiet" one.
    const refusal = (at: string) => ({ userId: 'u', deviceId: 'd', collection: 'listings' as const, documentId: at, action: 'refused' as const, fields: ['status'], reason: 'listing_blocked' });
    await db.transaction((q) => writeDocumentsIn(q, merchants.refused!, (tx) => tx.audit([refusal('a'), refusal('b'), refusal('c')])));
    await db.transaction((q) => writeDocumentsIn(q, merchants.quiet!, (tx) => tx.audit([refusal('d')])));
    // Audit time is the write's: move them into the 30 days before AS_OF.
    await db.query(`UPDATE audit_log SET at = '2026-11-20T08:00:00Z' WHERE reason = 'listing_blocked'`);
  });
  afterAll(() => platform?.close());

  it('raises each rule’s alert for the merchant whose data should raise it, and none for the others', async () => {
    const { raised, rulesVersion } = await evaluate();
    expect(rulesVersion).toBe('2026.11-1');
    const names = Object.fromEntries(Object.entries(merchants).map(([name, id]) => [id, name]));
    expect(raised.map((alert) => [alert.kind, names[alert.tenantId]]).sort()).toEqual([
      ['compliance_refusals', 'refused'],
      ['forex_threshold', 'big'],
      ['price_outlier', 'cheap'],
      ['repeated_rejections', 'rejected'],
      ['volume_jump', 'jumper'],
    ]);
    const price = raised.find((alert) => alert.kind === 'price_outlier')!;
    expect(price).toMatchObject({ severity: 'medium', state: 'open', subject: 'hs:8211910000', evidence: { unitPriceUsd: 100, parkMedianUsd: 650, samples: 3 }, history: [] });
    // The demo park's merchants are demo data: never alerted.
    expect(raised.some((alert) => alert.tenantId === YANGJIANG)).toBe(false);
  });

  it('does not raise a finding again once it is alerted', async () => {
    expect((await evaluate()).raised).toEqual([]);
  });

  it('takes an alert through open → assessed → handled → reviewed, with who and when, and refuses skipping a step', async () => {
    const [alert] = (await api<ParkAlert[]>(platform.app, 'GET', '/api/park/alerts?kind=repeated_rejections', { token: admin })).body;
    const move = (to: string, note: string) => api<ParkAlert>(platform.app, 'POST', `/api/park/alerts/${alert!.id}/transition`, { token: admin, body: { to, note } });
    const skipped = await move('handled', 'too early');
    expect(skipped.status).toBe(409);
    expect(skipped.body).toMatchObject({ error: { code: 'alert_transition' } });
    for (const [to, note] of [
      ['assessed', '退单原因为法定单位错误'],
      ['handled', '已培训商户'],
      ['reviewed', '复核通过'],
    ] as const) {
      const moved = await move(to, note);
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      expect(moved.body.state).toBe(to);
    }
    const [done] = (await api<ParkAlert[]>(platform.app, 'GET', `/api/park/alerts?state=reviewed&tenantId=${merchants.rejected}`, { token: admin })).body;
    expect(done!.history.map((step) => [step.state, step.by, step.note])).toEqual([
      ['assessed', 'park-admin', '退单原因为法定单位错误'],
      ['handled', 'park-admin', '已培训商户'],
      ['reviewed', 'park-admin', '复核通过'],
    ]);
    expect(Date.parse(done!.history[2]!.at)).toBeGreaterThanOrEqual(Date.parse(done!.history[0]!.at));
    expect((await move('reviewed', 'again')).status).toBe(409);
    const audit = await platform.db.query<{ tenant_id: string; collection: string; action: string; detail: { to: string } }>(
      `SELECT tenant_id, collection, action, detail FROM audit_log WHERE document_id = $1 ORDER BY id`,
      [alert!.id],
    );
    expect(audit.map((row) => [row.tenant_id, row.collection, row.action])).toEqual(Array(5).fill(['park', 'console.alerts', 'transition']));
    expect(audit.map((row) => row.detail.to).at(-1)).toBe('reviewed');
  });

  it('publishes its rules as dated, versioned data', async () => {
    const rules = (await api<{ version: string; rules: { id: string; effective: { from: string } }[] }>(platform.app, 'GET', '/api/park/alerts/rules', { token: admin })).body;
    expect(rules.version).toBe('2026.11-1');
    expect(rules.rules.every((rule) => /^\d{4}-\d{2}-\d{2}$/.test(rule.effective.from))).toBe(true);
  });

  it('runs the rules once a day through the job queue: new evidence raises an alert, a later day over the same evidence nothing', async () => {
    const alertCount = async () => Number((await platform.db.query<{ n: string }>('SELECT count(*)::text AS n FROM park_alerts'))[0]!.n);
    const runDay = async (at: string) => {
      expect(await enqueueDailyMonitoring(platform.db, new Date(at))).toBe(true);
      // Asked again the same day (another process, the next hourly tick): still one run.
      expect(await enqueueDailyMonitoring(platform.db, new Date(at))).toBe(false);
      const key = `${MONITORING_JOB}:${at.slice(0, 10)}`;
      await expect.poll(async () => (await platform.db.query<{ status: string }>('SELECT status FROM jobs WHERE idempotency_key = $1', [key]))[0]?.status, { timeout: 20_000 }).toBe('done');
    };
    merchants.late = await addMerchant(platform.db, { cluster: 'yangjiang-knives' });
    const knife = aProduct('8215990000');
    await store(platform.db, merchants.late, 'products', [knife]);
    for (const day of ['22', '24', '26']) await declareExport(platform.db, merchants.late, knife, { quantity: 1, unitPrice: 500, exportDate: `2026-11-${day}`, customsStatus: '100' });
    const before = await alertCount();

    await runDay('2026-11-29T02:00:00.000Z');
    const raised = await platform.db.query<{ tenant_id: string; kind: string }>('SELECT tenant_id, kind FROM park_alerts ORDER BY raised_at DESC LIMIT 1');
    expect(raised).toEqual([{ tenant_id: merchants.late, kind: 'repeated_rejections' }]);
    expect(await alertCount()).toBe(before + 1);

    await runDay('2026-11-30T02:00:00.000Z');
    expect(await alertCount()).toBe(before + 1);
    // On demand, the same day: nothing new either.
    expect((await ok(api<AlertEvaluation>(platform.app, 'POST', '/api/park/alerts/evaluate', { token: admin, body: { asOf: '2026-11-30' } }))).raised).toEqual([]);
  }, 60_000);

  it('asks for the day’s run when the schedule starts', async () => {
    const schedule = startMonitoringSchedule(platform.db, (error) => {
      throw error;
    });
    try {
      const key = `${MONITORING_JOB}:${new Date().toISOString().slice(0, 10)}`;
      await expect.poll(async () => (await platform.db.query('SELECT 1 FROM jobs WHERE idempotency_key = $1', [key])).length).toBe(1);
    } finally {
      schedule.stop();
    }
  });
});
