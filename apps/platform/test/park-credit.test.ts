import type { CreditContest, CreditRecord, GradeChange, MerchantCreditView } from '@tradewind/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { api, login } from './support/http.ts';
import { addMerchant, aProduct, declareExport, parkPlatform, store } from './support/park-data.ts';
import { ENGINES, type TestPlatform } from './support/platform.ts';

describe.each(ENGINES)('merchant credit on %s', (engine) => {
  let platform: TestPlatform;
  let admin: string;
  let owner: string;
  let merchant: string;

  const record = async () => (await api<CreditRecord>(platform.app, 'GET', `/api/park/credit/${merchant}`, { token: admin })).body;
  const history = async () => (await api<GradeChange[]>(platform.app, 'GET', `/api/park/credit/${merchant}/history`, { token: admin })).body;

  beforeAll(async () => {
    ({ platform, admin } = await parkPlatform(engine));
    owner = await login(platform.app, YANGJIANG);
    merchant = await addMerchant(platform.db, { cluster: 'yangjiang-knives' });
    const profile = { name: '阳江信用测试', uscc: '91441700MA4UJ8QX1B', cluster: 'yangjiang-knives', defaultCurrency: 'USD', bankAccounts: [], portsOfLoading: ['Yantian'] };
    const filled = {
      nameEn: 'Credit Test Co',
      customsCode: '4417960ABC',
      addressZh: '阳江市',
      addressEn: 'Yangjiang',
      contactName: '李',
      contactPhone: '138',
      contactEmail: 'a@b.cn',
      logo: 'data:image/png;base64,AAAA',
    };
    await store(platform.db, merchant, 'merchant', [{ id: 'profile', updatedAt: new Date().toISOString(), ...profile, ...filled, _deleted: false }]);
    const knife = aProduct('8211910000');
    await store(platform.db, merchant, 'products', [knife]);
    for (const day of ['01', '02', '03']) await declareExport(platform.db, merchant, knife, { quantity: 10, unitPrice: 650, exportDate: `2026-11-${day}` });
  });
  afterAll(() => platform?.close());

  it('grades a verified merchant with a full profile and clean declarations A, and records it', async () => {
    const first = await record();
    expect(first.facts).toMatchObject({ verifiedRegistration: true, profileCompleteness: 90, declarations: 3, rejectedDeclarations: 0, rejectionRate: 0, negativeListEntries: 0 });
    expect(first).toMatchObject({ grade: 'A', rule: { version: '2026.11-1' } });
    expect((await history()).map((change) => [change.from, change.to])).toEqual([[null, 'A']]);
  });

  it('moves the grade down when customs rejects declarations, with the reason in the history', async () => {
    const knife = aProduct('8211910000');
    await store(platform.db, merchant, 'products', [knife]);
    await declareExport(platform.db, merchant, knife, { quantity: 10, unitPrice: 650, exportDate: '2026-11-20', customsStatus: '100' });
    const graded = await record();
    expect(graded.grade).toBe('C');
    expect(graded.reasons).toEqual([{ code: 'rejection_rate', params: { value: 0.25, limit: 0.15, grade: 'B' } }]);
    const changes = await history();
    expect(changes.map((change) => [change.from, change.to, change.ruleVersion])).toEqual([
      [null, 'A', '2026.11-1'],
      ['A', 'C', '2026.11-1'],
    ]);
    // Reading again changes nothing: only a change of grade is history.
    await record();
    expect(await history()).toHaveLength(2);
  });

  it('lists a merchant on the negative list with reason, source and date: grade D', async () => {
    const listed = await api<CreditRecord>(platform.app, 'POST', `/api/park/credit/${merchant}/negative-list`, {
      token: admin,
      body: { reason: '虚假贸易申报', source: '黄埔海关通报 2026-118', listedOn: '2026-11-26' },
    });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.grade).toBe('D');
    expect(listed.body.negativeList).toMatchObject([{ reason: '虚假贸易申报', source: '黄埔海关通报 2026-118', listedOn: '2026-11-26' }]);
    const bad = await api(platform.app, 'POST', `/api/park/credit/${merchant}/negative-list`, { token: admin, body: { reason: '', source: 'x', listedOn: 'tomorrow' } });
    expect(bad.status).toBe(400);
    expect((await record()).negativeList).toHaveLength(1);
  });

  it('shows the merchant their own record and lets the owner contest it; the park answers', async () => {
    const view = await api<MerchantCreditView>(platform.app, 'GET', '/api/me/credit', { token: owner });
    expect(view.status).toBe(200);
    expect(view.body.record.tenantId).toBe(YANGJIANG);
    expect(view.body.history.at(-1)?.to).toBe(view.body.record.grade);
    const contested = await api<CreditContest>(platform.app, 'POST', '/api/me/credit/contest', { token: owner, body: { subject: 'grade', statement: '我们的资料已补全' } });
    expect(contested.status, JSON.stringify(contested.body)).toBe(201);
    expect(contested.body).toMatchObject({ tenantId: YANGJIANG, status: 'open', answer: null });
    const staff = await login(platform.app, 'yangjiang-fair');
    expect((await api(platform.app, 'POST', '/api/me/credit/contest', { token: staff, body: { subject: 'grade', statement: 'x' } })).status).toBe(403);
    expect((await api(platform.app, 'GET', '/api/me/credit', { token: admin })).body).toMatchObject({ error: { code: 'merchant_only' } });

    const open = (await api<CreditContest[]>(platform.app, 'GET', '/api/park/credit/contests?status=open', { token: admin })).body;
    expect(open.map((contest) => contest.id)).toContain(contested.body.id);
    const answer = () => api<CreditContest>(platform.app, 'POST', `/api/park/credit/contests/${contested.body.id}/answer`, { token: admin, body: { status: 'upheld', answer: '已核实，更正' } });
    expect((await answer()).body).toMatchObject({ status: 'upheld', answer: '已核实，更正' });
    expect((await answer()).body).toMatchObject({ error: { code: 'contest_answered' } });
    const after = (await api<MerchantCreditView>(platform.app, 'GET', '/api/me/credit', { token: owner })).body;
    expect(after.contests.find((contest) => contest.id === contested.body.id)).toMatchObject({ status: 'upheld', answer: '已核实，更正' });
  });
});
