/**
 * The soak's checker, replaying what stopped the PostgreSQL soak at run 372 (seed 372): it logged
 * in before every run, met the per-address login limit (30 a minute) once runs went faster than
 * that, took the refusal's missing token and failed its pull with a 401.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformChecker } from '../../../test-support/soak/checker.ts';
import { DEMO_PASSWORD, YANGJIANG } from './support/demo-accounts.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';

describe('soak checker', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform('pglite', { listen: true });
  });
  afterAll(() => platform.close());

  it('reads the platform more often than the platform takes logins a minute', async () => {
    const checker = platformChecker(platform.url!, { username: YANGJIANG, password: DEMO_PASSWORD });
    for (let run = 0; run < 40; run++) expect((await checker.docs('nothing')).size).toBe(0);
    const [row] = await platform.db.query<{ logins: number }>("SELECT count(*)::int AS logins FROM devices WHERE name = 'soak checker'");
    expect(row?.logins).toBe(1);
  });

  it('says why when its login is refused', async () => {
    const checker = platformChecker(platform.url!, { username: YANGJIANG, password: 'not the password' });
    await expect(checker.docs('nothing')).rejects.toThrow(/checker login: 401 .*bad_credentials/);
  });
});
