/**
 * The client's session code (apps/client/src/session) against a running platform: a refresh needs
 * the device key made at login, so a copied refresh token — e.g. from a vault opened by guessing
 * its PIN offline — does not mint sessions on another client.
 */
import '../../client/src/session/web-storage.testing.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceKey } from '../../client/src/session/device-key.ts';
import { login, sessionTokens, type SessionEnd } from '../../client/src/session/session.ts';
import type { Unlocked } from '../../client/src/session/vault.ts';
import { DEMO_PASSWORD, YANGJIANG } from './support/demo-accounts.ts';
import { api } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { pullUrl } from './support/replication.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform('pglite', { listen: true });
});
afterAll(() => platform.close());

async function merchantLogin(deviceName: string): Promise<Unlocked> {
  const result = await login(platform.url!, YANGJIANG, DEMO_PASSWORD, deviceName);
  if (result.kind !== 'merchant') throw new Error('expected a merchant login');
  return result.unlocked;
}

describe('a session bound to its device key', () => {
  it('refreshes on the device that made the key, and the new access token works', async () => {
    const unlocked = await merchantLogin('booth tablet');
    const ended: SessionEnd[] = [];
    const tokens = sessionTokens(unlocked, (why) => ended.push(why));
    expect(await tokens.refresh()).toBe(true);
    expect((await api(platform.app, 'GET', pullUrl('products'), { token: tokens.accessToken() ?? undefined })).status).toBe(200);
    // Each refresh rotates the token and needs a fresh challenge: a second one works too.
    expect(await tokens.refresh()).toBe(true);
    expect(ended).toEqual([]);
  });

  it('refuses the copied tokens on a client holding another key: the platform answers bad_proof and the session ends there', async () => {
    const unlocked = await merchantLogin('stolen vault');
    // The thief's client: same tokens (copied out of the vault), its own device key.
    await (await newDeviceKey()).keep();
    const ended: SessionEnd[] = [];
    const stolen = sessionTokens(unlocked, (why) => ended.push(why));
    expect(await stolen.refresh()).toBe(false);
    expect(ended).toEqual(['expired']);
    expect(stolen.accessToken()).toBe(unlocked.tokens.accessToken);
  });
});
