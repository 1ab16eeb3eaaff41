/**
 * The demo merchant's first sync on a new device, as the app does it: the app's merchant database
 * (Dexie, encrypted fields, attachments) and the sync engine over every collection, until in sync
 * with every picture stored. The Node script emulates the connection and calls `runFairSync()` on `window`.
 */
import { COLLECTION_NAMES } from '@tradewind/domain';
import { createTransport, startSyncEngine } from '@tradewind/sync/client';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createMerchantDatabase, encryptedStorage } from '../../apps/client/src/db/database.ts';

export interface FairSyncResult {
  ms: number;
  docs: number;
  attachments: number;
  attachmentBytes: number;
}

const status = document.getElementById('status')!;

async function runFairSync(): Promise<FairSyncResult> {
  const params = new URLSearchParams(location.search);
  status.textContent = 'running…';
  const started = performance.now();
  const { db } = await createMerchantDatabase(`fair-${Date.now()}`, encryptedStorage(getRxStorageDexie()), 'fair-connection-bench-key');
  const transport = createTransport(params.get('platform')!, { accessToken: () => params.get('token'), refresh: async () => false });
  const engine = startSyncEngine({ transport, identifier: 'fair-connection-bench', collections: db.collections });
  await engine.awaitInSync();
  const ms = performance.now() - started;
  await engine.stop();
  let docs = 0;
  for (const name of COLLECTION_NAMES) docs += await db.collections[name].count().exec();
  // Pictures belong to products only.
  const attachments = (await db.collections.products.find().exec()).flatMap((doc) => doc.allAttachments());
  const attachmentBytes = attachments.reduce((sum, attachment) => sum + attachment.length, 0);
  await db.remove();
  status.textContent = 'done';
  return { ms: Math.round(ms), docs, attachments: attachments.length, attachmentBytes };
}

Object.assign(window, { runFairSync });
status.textContent = 'ready';
