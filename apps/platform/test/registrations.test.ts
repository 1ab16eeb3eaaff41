import type { AuditEntry, ErrorBody, MerchantDirectoryEntry, PendingRegistration, RegistrationStatus } from '@tradewind/contract';
import { newId, usccCheckCharacter } from '@tradewind/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login, loginAs } from './support/http.ts';
import { ENGINES, startPlatform, type TestPlatform } from './support/platform.ts';

const FIRST17 = '91440300MA5FTX8Q2';

describe.each(ENGINES)('approving a registration on %s', (engine) => {
  let platform: TestPlatform;
  let admin: string;
  let tenantId: string;

  const tenantState = async () => {
    const [tenant] = await platform.db.query<{ status: string }>('SELECT status FROM tenants WHERE id = $1', [tenantId]);
    const profiles = await platform.db.query('SELECT id FROM doc_merchant WHERE tenant_id = $1', [tenantId]);
    return { status: tenant?.status, profiles: profiles.length };
  };
  const approve = () => api(platform.app, 'POST', `/api/admin/registrations/${tenantId}/approve`, { token: admin });

  beforeAll(async () => {
    platform = await startPlatform(engine);
    admin = await login(platform.app, 'park-admin');
    const registered = await api<{ tenantId: string }>(platform.app, 'POST', '/api/registrations', {
      body: {
        companyName: '阳江事务测试刀具有限公司',
        uscc: FIRST17 + usccCheckCharacter(FIRST17),
        cluster: 'yangjiang-knives',
        code: 'TX',
        contactName: '测试',
        username: `reg-${newId().slice(-8).toLowerCase()}`,
        password: 'correct horse battery',
      },
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(202);
    tenantId = registered.body.tenantId;
  });
  afterAll(() => platform?.close());

  it('a failure writing the profile leaves the tenant pending with no profile; a retry then approves it', async () => {
    // A real failure between activating the tenant and writing its profile: the profile insert raises.
    await platform.db.query(`CREATE FUNCTION refuse_profile() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await platform.db.query('CREATE TRIGGER refuse_profile BEFORE INSERT ON doc_merchant FOR EACH ROW EXECUTE FUNCTION refuse_profile()');
    expect((await approve()).status).toBe(500);
    expect(await tenantState()).toEqual({ status: 'pending', profiles: 0 });
    const waiting = await api<{ id: string }[]>(platform.app, 'GET', '/api/admin/registrations', { token: admin });
    expect(waiting.body.map((row) => row.id)).toContain(tenantId);

    await platform.db.query('DROP TRIGGER refuse_profile ON doc_merchant');
    const approved = await approve();
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(await tenantState()).toEqual({ status: 'active', profiles: 1 });
    expect((await approve()).status).toBe(404);
    // The failed attempt rolled back with its audit entry: one approval, one entry.
    const audit = await api<AuditEntry[]>(platform.app, 'GET', `/api/audit?tenantId=${tenantId}&collection=console.registrations`, { token: admin });
    expect(audit.body.map((entry) => [entry.username, entry.fields])).toEqual([['park-admin', ['status']]]);
  });
});

describe.each(ENGINES)('rejecting a registration on %s', (engine) => {
  let platform: TestPlatform;
  let admin: string;
  const username = `rej-${newId().slice(-8).toLowerCase()}`;
  const password = 'correct horse battery';
  const application = { companyName: '绍兴驳回测试纺织有限公司', uscc: FIRST17 + usccCheckCharacter(FIRST17), cluster: 'shaoxing-textile', code: 'RJ', contactName: '王芳', username, password };
  const REASON = '营业执照名称与统一社会信用代码不符 / The company name does not match the credit code';
  let tenantId: string;

  beforeAll(async () => {
    platform = await startPlatform(engine);
    admin = await login(platform.app, 'park-admin');
    tenantId = (await api<{ tenantId: string }>(platform.app, 'POST', '/api/registrations', { body: application })).body.tenantId;
  });
  afterAll(() => platform?.close());

  it('the applicant sees the reason at their next login, corrects and reapplies, and is back in the queue', async () => {
    const rejected = await api(platform.app, 'POST', `/api/admin/registrations/${tenantId}/reject`, { token: admin, body: { reason: REASON } });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const queue = await api<PendingRegistration[]>(platform.app, 'GET', '/api/admin/registrations', { token: admin });
    expect(queue.body.map((row) => row.id)).not.toContain(tenantId);

    const loggedIn = await loginAs(platform.app, username, password);
    expect([loggedIn.status, (loggedIn.body as unknown as ErrorBody).error.code]).toEqual([403, 'registration_rejected']);
    const status = await api<RegistrationStatus>(platform.app, 'POST', '/api/registrations/status', { body: { username, password } });
    expect(status.body).toMatchObject({ status: 'rejected', reason: REASON, registration: { companyName: application.companyName, code: 'RJ' } });
    expect((await api(platform.app, 'POST', '/api/registrations/status', { body: { username, password: 'wrong password!' } })).status).toBe(401);

    const reapplied = await api(platform.app, 'POST', '/api/registrations/reapply', { body: { ...application, companyName: '绍兴驳回测试纺织品有限公司' } });
    expect(reapplied.status, JSON.stringify(reapplied.body)).toBe(202);
    const again = await api<PendingRegistration[]>(platform.app, 'GET', '/api/admin/registrations', { token: admin });
    expect(again.body.find((row) => row.id === tenantId)?.name).toBe('绍兴驳回测试纺织品有限公司');
    expect((await api<RegistrationStatus>(platform.app, 'POST', '/api/registrations/status', { body: { username, password } })).body).toMatchObject({ status: 'pending', reason: null });
    // Pending again: a second reapplication has nothing to correct.
    expect((await api(platform.app, 'POST', '/api/registrations/reapply', { body: application })).status).toBe(409);
  });

  it('refuses a rejection without a reason, of an unknown or already decided registration, and changes nothing', async () => {
    expect((await api(platform.app, 'POST', `/api/admin/registrations/${tenantId}/reject`, { token: admin, body: { reason: '   ' } })).status).toBe(400);
    expect((await api(platform.app, 'POST', `/api/admin/registrations/${newId()}/reject`, { token: admin, body: { reason: REASON } })).status).toBe(404);
    expect((await api(platform.app, 'POST', `/api/admin/registrations/yangjiang-knives/reject`, { token: admin, body: { reason: REASON } })).status).toBe(404);
    const [tenant] = await platform.db.query<{ status: string }>('SELECT status FROM tenants WHERE id = $1', ['yangjiang-knives']);
    expect(tenant?.status).toBe('active');
  });

  it('the directory finds merchants by any part of name, code or contact, with their status', async () => {
    const byName = await api<MerchantDirectoryEntry[]>(platform.app, 'GET', `/api/park/merchants?search=${encodeURIComponent('驳回测试')}`, { token: admin });
    expect(byName.body.map((row) => [row.tenantId, row.status, row.contactName])).toEqual([[tenantId, 'pending', '王芳']]);
    const byCode = await api<MerchantDirectoryEntry[]>(platform.app, 'GET', '/api/park/merchants?search=rj', { token: admin });
    expect(byCode.body.map((row) => row.tenantId)).toContain(tenantId);
    const literal = await api<MerchantDirectoryEntry[]>(platform.app, 'GET', '/api/park/merchants?search=%25', { token: admin });
    expect(literal.body).toEqual([]);
    const all = await api<MerchantDirectoryEntry[]>(platform.app, 'GET', '/api/park/merchants?status=active', { token: admin });
    expect(all.body.map((row) => row.tenantId)).toEqual(expect.arrayContaining(['yangjiang-knives', 'shaoxing-textile']));
  });

  it('each decision is in the merchant audit log, naming the fields only', async () => {
    const audit = await api<AuditEntry[]>(platform.app, 'GET', `/api/audit?tenantId=${tenantId}&collection=console.registrations`, { token: admin });
    expect(audit.body.map((entry) => [entry.username, entry.action, entry.fields])).toEqual([['park-admin', 'update', ['status', 'rejectionReason']]]);
    expect(JSON.stringify(audit.body)).not.toContain('营业执照');
  });
});
