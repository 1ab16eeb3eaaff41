/**
 * Crash-safe cursors: a device whose checkpoint is ahead of a platform that lost its last
 * commits (PGlite restored from a copy taken while it ran, as after a kill without fsync) starts
 * over, and ends with all its changes — unpushed ones, and pushed ones the platform lost — on the
 * platform and every new platform change on the device.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameJson } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { local, newProduct } from './support/documents.ts';
import { login } from './support/http.ts';
import { seededPgliteTemplate, startPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';
import { openTestDevice } from './sync-device.ts';

const root = mkdtempSync(join(tmpdir(), 'tradewind-rollback-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The folder is the test's: it copies it while the platform runs, to restore the platform from.
const serve = async (dataDir: string) => {
  const platform = await startPlatform('pglite', { dataDir, seedDemo: false, listen: true });
  return { ...platform, url: platform.url! };
};

const nextXid = async (db: Database) => BigInt((await db.query<{ tx: string }>('SELECT pg_current_xact_id()::text AS tx'))[0]!.tx);

describe('a platform rolled back behind a device (PGlite)', () => {
  it('gets every change of the device back, and the device skips nothing the platform writes afterwards', async () => {
    const liveDir = join(root, 'live');
    const backupDir = join(root, 'backup');
    cpSync(join(await seededPgliteTemplate(), 'data'), liveDir, { recursive: true });
    const live = await serve(liveDir);
    const token = await login(live.app, YANGJIANG, 'the device');
    const other = await login(live.app, YANGJIANG, 'another device');
    const device = await openTestDevice(live.url, token);
    const platformHas = async (app: typeof live.app, docs: ReplicatedDoc[]) => {
      const stored = new Map((await pullAll(app, token, 'products')).documents.map((doc) => [doc.id, doc]));
      return docs.every((doc) => sameJson(stored.get(doc.id), doc));
    };
    const deviceHas = async (docs: ReplicatedDoc[]) => {
      const found = await device.products.findByIds(docs.map((doc) => doc.id)).exec();
      return docs.every((doc) => found.has(doc.id));
    };
    try {
      const kept = newProduct({ name: 'synced before the backup' });
      await device.products.insert(local(kept));
      expect(await device.waitFor(() => platformHas(live.app, [kept]))).toBe(true);

      // The copy a restart after a kill would find: taken while running, so no clean-stop mark.
      await live.db.query('CHECKPOINT');
      cpSync(liveDir, backupDir, { recursive: true });

      // Commits the rollback loses: another device's, and one of this device's (accepted).
      const lostOthers = Array.from({ length: 5 }, (_, i) => newProduct({ name: `lost write ${i} of another device` }));
      for (const doc of lostOthers) expect(await push(live.app, other, 'products', [{ newDocumentState: doc }])).toEqual([]);
      const lostOwn = newProduct({ name: 'accepted, then lost' });
      await device.products.insert(local(lostOwn));
      expect(await device.waitFor(() => platformHas(live.app, [lostOwn]))).toBe(true);
      expect(await device.waitFor(() => deviceHas(lostOthers))).toBe(true);
      await device.engine.awaitInSync();
      const deviceCursor = await nextXid(live.db);
      await device.disconnect();
      await live.close();

      // Offline work: a new document and an edit of a synced one.
      const unpushed = newProduct({ name: 'made offline' });
      await device.products.insert(local(unpushed));
      const edited = { ...kept, name: 'edited offline', updatedAt: new Date().toISOString() };
      await (await device.products.findOne(kept.id).exec())!.incrementalPatch({ name: edited.name, updatedAt: edited.updatedAt });

      const restored = await serve(backupDir);
      try {
        // New writes until the platform hands out transaction ids the device's checkpoint is past.
        const later: ReplicatedDoc[] = [];
        while ((await nextXid(restored.db)) <= deviceCursor + 2n) {
          const doc = newProduct({ name: `after the restore ${later.length}` });
          expect(await push(restored.app, other, 'products', [{ newDocumentState: doc }])).toEqual([]);
          later.push(doc);
        }
        expect(await platformHas(restored.app, [lostOwn])).toBe(false);

        device.connect(restored.url, token);
        expect(await device.waitFor(() => deviceHas(later), 10_000), 'the device skipped changes made after the restore').toBe(true);
        expect(await device.waitFor(() => platformHas(restored.app, [edited, unpushed, lostOwn, ...lostOthers]), 10_000), 'the platform lacks changes of the device').toBe(true);
        await device.engine.awaitInSync();
        expect(await device.waitFor(async () => device.engine.status$.value.pending.products === 0)).toBe(true);
        expect(device.conflicts).toEqual([]);

        // Same content on both sides.
        const onPlatform = (await pullAll(restored.app, token, 'products')).documents.filter((doc) => !doc._deleted);
        const onDevice = (await device.products.find().exec()).map((doc) => doc.toJSON());
        const byId = (docs: object[]) => [...docs].map((doc) => JSON.parse(JSON.stringify(doc)) as { id: string }).sort((a, b) => a.id.localeCompare(b.id));
        expect(byId(onDevice)).toEqual(byId(onPlatform.map(local)));
      } finally {
        await restored.close();
      }
    } finally {
      await device.close();
    }
  }, 60_000);
});
