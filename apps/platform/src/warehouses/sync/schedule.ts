import type { ShipmentDoc } from '@tradewind/domain';
import type { Database, Queryable } from '../../db/database.ts';
import { enqueueJob, startSchedule, type Schedule } from '../../jobs/index.ts';
import type { WriteHook } from '../../sync/sql-sync-store.ts';
import { connectedAccounts } from '../accounts.ts';
import type { ConnectableProvider } from '../registry.ts';
import { WAREHOUSE_SYNC_JOB, type WarehouseSyncPayload } from './sync-job.ts';

/** With the worker's backoff (1 s doubling) about ten minutes of a provider being down, within one interval. */
const SYNC_ATTEMPTS = 10;

const enqueueSync = (q: Queryable, tenantId: string, provider: ConnectableProvider, key: string) => {
  const payload: WarehouseSyncPayload = { provider };
  return enqueueJob(q, { kind: WAREHOUSE_SYNC_JOB, key: `${WAREHOUSE_SYNC_JOB}:${tenantId}:${provider}:${key}`, tenantId, payload: { ...payload }, maxAttempts: SYNC_ATTEMPTS });
};

/**
 * One sync job per account and interval, keyed by the interval's start: every platform process
 * may enqueue it, the key makes one. A job left by a process that died is claimed again when its
 * lease runs out, so the schedule survives restarts.
 */
export async function enqueueDueSyncs(db: Database, intervalMs: number, now = Date.now()): Promise<number> {
  const slot = new Date(Math.floor(now / intervalMs) * intervalMs).toISOString();
  let added = 0;
  for (const { tenantId, provider } of await connectedAccounts(db)) if (await enqueueSync(db, tenantId, provider, slot)) added++;
  return added;
}

/** A shipment pushed without a provider reference asks for its account's sync at once: its ASN goes out when the provider can be reached. */
export const enqueueNewShipments: WriteHook = async (q, tenantId, collection, docs) => {
  if (collection !== 'shipments') return;
  for (const doc of docs as unknown as (ShipmentDoc & { _deleted: boolean })[]) {
    if (doc._deleted || doc.providerRef || doc.provider === 'other') continue;
    await enqueueSync(q, tenantId, doc.provider, `shipment:${doc.id}`);
  }
};

/** A merchant just set an account: its first sync runs now. */
export async function enqueueAccountSync(q: Queryable, tenantId: string, provider: ConnectableProvider): Promise<void> {
  await enqueueSync(q, tenantId, provider, `account-set:${new Date().toISOString()}`);
}

export function startSyncSchedule(db: Database, intervalMs: number, onError: (error: unknown) => void): Schedule {
  return startSchedule(Math.min(intervalMs, 60_000), () => enqueueDueSyncs(db, intervalMs), onError);
}
