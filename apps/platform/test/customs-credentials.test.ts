import { makeTestCredentials } from '@tradewind/customs/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { api, login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';

describe('merchant signing credentials', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform('pglite');
  });
  afterAll(() => platform.close());

  it('the owner uploads a certificate and key; no endpoint returns the key; staff and a key of another certificate are refused', async () => {
    const owner = await login(platform.app, YANGJIANG);
    const fresh = makeTestCredentials('sm2-sm3', { commonName: 'Yangjiang test' });
    const uploaded = await api(platform.app, 'POST', '/api/customs/credentials', { token: owner, body: { certificate: fresh.certificate, privateKey: fresh.privateKey } });
    expect(uploaded).toMatchObject({ status: 200, body: { algorithm: 'sm2-sm3', certificateNumber: fresh.certificateNumber, notAfter: expect.any(String) } });
    const shown = await api<Record<string, unknown>>(platform.app, 'GET', '/api/customs/credentials', { token: owner });
    expect(shown.body).toMatchObject({ algorithm: 'sm2-sm3', certificateNumber: fresh.certificateNumber, certificate: fresh.certificate.trim() });
    for (const answer of [uploaded, shown]) expect(JSON.stringify(answer.body)).not.toContain(fresh.privateKey);
    const [row] = await platform.db.query<{ sealed: string; public: string }>('SELECT sealed, public::text FROM secrets WHERE tenant_id = $1', [YANGJIANG]);
    expect(row!.sealed + row!.public).not.toContain(fresh.privateKey);

    const staff = await login(platform.app, 'yangjiang-fair');
    expect(await api(platform.app, 'POST', '/api/customs/credentials', { token: staff, body: { certificate: fresh.certificate, privateKey: fresh.privateKey } })).toMatchObject({
      status: 403,
      body: { error: { code: 'owner_only' } },
    });
    expect(await api(platform.app, 'GET', '/api/customs/credentials', { token: staff })).toMatchObject({ status: 403 });

    const other = makeTestCredentials('sm2-sm3');
    const mismatched = await api(platform.app, 'POST', '/api/customs/credentials', { token: owner, body: { certificate: fresh.certificate, privateKey: other.privateKey } });
    expect(mismatched).toMatchObject({ status: 400, body: { error: { code: 'bad_signing_credentials' } } });
    expect(JSON.stringify(mismatched.body)).not.toContain(other.privateKey);
    expect((await api(platform.app, 'GET', '/api/customs/credentials', { token: owner })).body).toMatchObject({ certificateNumber: fresh.certificateNumber });
  });
});
