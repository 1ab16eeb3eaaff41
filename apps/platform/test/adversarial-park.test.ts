/**
 * Adversarial suite, part 6: the park console (issue 14). Merchants and anonymous callers cannot
 * call any of its endpoints, and what it answers the park administrator never carries buyers'
 * contacts, bank accounts or images — checked against the secrets actually stored.
 */
import { describe, expect } from 'vitest';
import { attack, type AttackContext, attackSuite } from './support/attacks.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newBuyer } from './support/documents.ts';
import { api, type ApiResponse } from './support/http.ts';
import { aProduct, declareExport, store } from './support/park-data.ts';
import { ENGINES } from './support/platform.ts';

const CARD_PHOTO = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD';
const BUYER = { contactName: 'Marta Ibáñez Secret', email: 'marta.secret@toledo.example', phone: '+34 600 111 222', cardPhoto: CARD_PHOTO };

/** A declared export to a buyer with a contact and a card photo, so every console figure has something behind it. */
const seeded = (ctx: AttackContext) =>
  ctx.once('park-data', async () => {
    const buyer = newBuyer(BUYER);
    await store(ctx.db, YANGJIANG, 'buyers', [buyer]);
    const knife = aProduct('8211910000');
    await store(ctx.db, YANGJIANG, 'products', [knife]);
    await declareExport(ctx.db, YANGJIANG, knife, { quantity: 10, unitPrice: 650, exportDate: '2026-11-02', customsStatus: '100' });
    await declareExport(ctx.db, YANGJIANG, knife, { quantity: 10, unitPrice: 650, exportDate: '2026-11-03', customsStatus: '100' });
    await declareExport(ctx.db, YANGJIANG, knife, { quantity: 10, unitPrice: 650, exportDate: '2026-11-04', customsStatus: '100' });
    await ctx.db.query(`UPDATE doc_orders SET doc = doc || jsonb_build_object('buyerId', $2::text) WHERE tenant_id = $1`, [YANGJIANG, buyer.id]);
    await ctx.db.query(`UPDATE tenants SET kind = 'merchant' WHERE id = $1`, [YANGJIANG]);
    const [alert] = await ctx.db.query<{ id: string }>(`SELECT id FROM park_alerts LIMIT 1`);
    return { alertId: alert?.id ?? '00000000-0000-7000-8000-000000000000' };
  });

/** Every value stored that the console must never hand out: buyers' contacts and photos, bank accounts, logos. */
async function storedSecrets(ctx: AttackContext): Promise<string[]> {
  const buyers = await ctx.db.query<{ doc: Record<string, string> }>('SELECT doc FROM doc_buyers');
  const profiles = await ctx.db.query<{ doc: { bankAccounts?: { accountNo: string; swift?: string; accountName: string }[]; logo?: string; contactPhone?: string } }>('SELECT doc FROM doc_merchant');
  const secrets = [
    ...buyers.flatMap(({ doc }) => [doc.contactName, doc.email, doc.phone, doc.cardPhoto]),
    ...profiles.flatMap(({ doc }) => [...(doc.bankAccounts ?? []).flatMap((account) => [account.accountNo, account.swift]), doc.logo, doc.contactPhone]),
  ];
  return secrets.filter((value): value is string => typeof value === 'string' && value.length >= 6);
}

const CONSOLE_READS = [
  '/api/park/statistics',
  '/api/park/statistics?excludeSandboxes=true&from=2026-01&to=2026-12',
  '/api/park/statistics/merchants?figure=exports',
  '/api/park/statistics/merchants?figure=rejections',
  '/api/park/statistics/merchants?figure=exports&dimension=market&key=GB',
  '/api/park/alerts',
  '/api/park/alerts/rules',
  '/api/park/credit',
  `/api/park/credit/${YANGJIANG}`,
  `/api/park/credit/${YANGJIANG}/history`,
  '/api/park/credit/contests',
  '/api/park/credit/rule',
];

const CONSOLE_CALLS: { method: 'GET' | 'POST'; url: string; body?: unknown }[] = [
  ...CONSOLE_READS.map((url) => ({ method: 'GET' as const, url })),
  { method: 'GET', url: '/api/park/statistics.xlsx' },
  { method: 'POST', url: '/api/park/alerts/evaluate', body: { asOf: '2026-11-28' } },
  { method: 'POST', url: '/api/park/alerts/00000000-0000-7000-8000-000000000000/transition', body: { to: 'assessed', note: 'x' } },
  { method: 'POST', url: `/api/park/credit/${YANGJIANG}/negative-list`, body: { reason: 'x', source: 'y', listedOn: '2026-11-01' } },
  { method: 'POST', url: '/api/park/credit/contests/00000000-0000-7000-8000-000000000000/answer', body: { status: 'upheld', answer: 'x' } },
];

const everyCall = (ctx: AttackContext, token: string | undefined) => Promise.all(CONSOLE_CALLS.map((call) => api(ctx.app, call.method, call.url, { token, body: call.body })));

/** The answers as one response for the suite: the worst status, and every answer's status in the body. */
const summed = (responses: ApiResponse[]): ApiResponse => ({ status: Math.max(...responses.map((response) => response.status)), body: responses.map((response) => response.status), headers: {} });

const attacks = [
  ...[YANGJIANG, 'yangjiang-fair'].map((username) =>
    attack({
      name: `a merchant (${username}) calls every park console endpoint`,
      request: `${CONSOLE_CALLS.length} console requests as ${username}`,
      postgres: true,
      as: [username],
      setup: seeded,
      run: async (ctx) => summed(await everyCall(ctx, await ctx.token(username))),
      expect: { status: 403, body: CONSOLE_CALLS.map(() => 403) },
      async verify(ctx) {
        const written = await ctx.db.query(`SELECT 1 FROM audit_log a JOIN users u ON u.id = a.user_id WHERE u.username = $1 AND a.collection LIKE 'console.%'`, [username]);
        expect(written).toEqual([]);
      },
    }),
  ),
  attack({
    name: 'an anonymous caller calls every park console endpoint',
    request: `${CONSOLE_CALLS.length} console requests without a token`,
    run: async (ctx) => summed(await everyCall(ctx, undefined)),
    expect: { status: 401, body: CONSOLE_CALLS.map(() => 401) },
  }),
  attack({
    name: 'the park administrator reads every console figure: no buyer contact, bank account or image in any answer',
    request: `GET ${CONSOLE_READS.length} console endpoints + the workbook + alert evaluation as park-admin`,
    postgres: true,
    as: ['park-admin'],
    setup: async (ctx) => {
      await seeded(ctx);
      // Alerts raised beforehand, so the alert list has evidence to show.
      await api(ctx.app, 'POST', '/api/park/alerts/evaluate', { token: await ctx.token('park-admin'), body: { asOf: '2026-11-28' } });
    },
    run: async (ctx) => {
      const token = await ctx.token('park-admin');
      const answers = await Promise.all(CONSOLE_READS.map((url) => ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })));
      const workbook = await ctx.app.inject({ method: 'GET', url: '/api/park/statistics.xlsx', headers: { authorization: `Bearer ${token}` } });
      const texts = [...answers.map((answer) => answer.body), workbook.rawPayload.toString('latin1')];
      return { status: Math.max(...answers.map((answer) => answer.statusCode), workbook.statusCode), body: texts, headers: {} };
    },
    // Each call is audited (what was asked, never the answer) and changes nothing else.
    expect: (_, response) => ({
      status: 200,
      body: response.body,
      changes: [
        ...['view', 'view', 'drill', 'drill', 'drill', 'export'].map((action) => `audit_log + park park-admin ${action} console.statistics/`),
        ...['list', 'rules'].map((action) => `audit_log + park park-admin ${action} console.alerts/`),
        ...['list', 'contests', 'rule'].map((action) => `audit_log + park park-admin ${action} console.credit/`),
        ...['view', 'history'].map((action) => `audit_log + park park-admin ${action} console.credit/${YANGJIANG}`),
      ].sort(),
    }),
    async verify(ctx, _, response) {
      const texts = response.body as string[];
      const secrets = [...(await storedSecrets(ctx)), ...Object.values(BUYER)];
      expect(secrets.length).toBeGreaterThan(4);
      for (const secret of secrets) for (const text of texts) expect(text.includes(secret), `a console answer holds ${secret.slice(0, 30)}`).toBe(false);
      for (const text of texts) {
        expect(text).not.toMatch(/data:image|bankAccounts|accountNo|swift|"email"|"phone"|cardPhoto|buyerName|buyerId/i);
      }
      // The figures are there: the answers are not empty refusals.
      expect(JSON.parse(texts[0]!).declarations.rejected).toBeGreaterThanOrEqual(3);
      expect(JSON.parse(texts[5]!).length).toBeGreaterThan(0);
    },
  }),
];

describe.each(ENGINES)('adversarial: the park console, on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
