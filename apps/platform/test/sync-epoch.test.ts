import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open.ts';
import { openSyncEpoch } from '../src/sync/sync-epoch.ts';
import { openTestDatabase, seededPgliteTemplate } from './support/platform.ts';

const root = mkdtempSync(join(tmpdir(), 'tradewind-epoch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Opens the epoch on the database in `dir`, optionally marks a clean stop, closes. */
async function run(dir: string, { clean = true, newEpoch = false } = {}) {
  const db = await openDatabase({ dataDir: dir });
  const epoch = await openSyncEpoch(db, { newEpoch });
  if (clean) await epoch.markCleanStop();
  await db.close();
  return { platform: epoch.platform, epoch: epoch.epoch };
}

describe('sync epoch on PGlite', () => {
  it('keeps the epoch across clean stops and changes it after a start that did not end cleanly, after a restore flag, and on a new database', async () => {
    const dir = join(root, 'data');
    cpSync(join(await seededPgliteTemplate(), 'data'), dir, { recursive: true });
    const first = await run(dir);
    expect(await run(dir)).toEqual(first);
    // Killed: no clean-stop mark.
    await run(dir, { clean: false });
    const afterKill = await run(dir);
    expect(afterKill.platform).toBe(first.platform);
    expect(afterKill.epoch).not.toBe(first.epoch);
    // A copy taken while running (the mark is consumed at start) restarts in a new epoch.
    const running = await openDatabase({ dataDir: dir });
    const during = await openSyncEpoch(running);
    cpSync(dir, join(root, 'copy'), { recursive: true });
    await during.markCleanStop();
    await running.close();
    expect((await run(join(root, 'copy'))).epoch).not.toBe(during.epoch);
    // The operator's flag after restoring a copy of a cleanly stopped platform.
    const flagged = await run(dir, { newEpoch: true });
    expect(flagged.epoch).not.toBe(during.epoch);

    const fresh = await openDatabase({});
    await migrate(fresh);
    const other = await openSyncEpoch(fresh);
    await fresh.close();
    expect(other.platform).not.toBe(first.platform);
  });
});

describe('sync epoch on PostgreSQL', () => {
  it('is shared by processes and survives a platform crash (PostgreSQL keeps its commits); the restore flag changes it', async () => {
    const db = await openTestDatabase('postgres');
    try {
      await migrate(db);
      const [a, b] = await Promise.all([openSyncEpoch(db), openSyncEpoch(db)]);
      expect(a).toMatchObject({ platform: b.platform, epoch: b.epoch });
      // No clean stop recorded, yet the same epoch.
      expect((await openSyncEpoch(db)).epoch).toBe(a.epoch);
      expect((await openSyncEpoch(db, { newEpoch: true })).epoch).not.toBe(a.epoch);
    } finally {
      await db.close();
    }
  });
});
