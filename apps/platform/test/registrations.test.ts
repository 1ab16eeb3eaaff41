import { newId, usccCheckCharacter } from '@tradewind/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, login } from './support/http.ts';
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
  });
});
