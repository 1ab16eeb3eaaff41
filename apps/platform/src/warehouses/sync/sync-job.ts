import type { Database } from '../../db/database.ts';
import { RetryLater, type Job, type JobHandler } from '../../jobs/index.ts';
import { platformNotice } from '../../notices/notice.ts';
import type { SecretStore } from '../../secrets/store.ts';
import { writeDocumentsIn } from '../../sync/sql-sync-store.ts';
import { connectionOf, warehouseAccount, type ProviderEndpoints } from '../accounts.ts';
import { isWarehouseError, type WarehouseErrorKind } from '../errors.ts';
import { createWarehouseProvider, type ConnectableProvider } from '../registry.ts';
import { pollInbounds, sendInbounds } from './inbound-sync.ts';
import { skuMapOf } from './sku-map.ts';
import { syncStock } from './stock-sync.ts';

export const WAREHOUSE_SYNC_JOB = 'warehouse.sync';

export interface WarehouseSyncPayload {
  provider: ConnectableProvider;
}

export interface WarehouseSyncOptions {
  endpoints: ProviderEndpoints;
  /** Per provider call (default: the adapter's 15 s). */
  timeoutMs?: number;
}

/**
 * One run for one merchant × provider account: send the ASNs of shipments made offline, apply
 * inbound status, then pull and merge stock and fold device events. Each step is safe to run
 * again from the start, so a run that died half-way (its lease expires) or a retry loses nothing
 * and sends nothing twice. Failures the merchant must fix (credentials refused, a request or
 * answer the provider and we disagree on) become one notice when they start, not one per run;
 * a provider that is down is retried with the queue's backoff and told once the attempts run out.
 */
export function warehouseSyncJob(db: Database, secrets: SecretStore, options: WarehouseSyncOptions): JobHandler {
  return async (job: Job) => {
    const tenantId = job.tenantId!;
    const { provider: providerId } = job.payload as unknown as WarehouseSyncPayload;
    const account = await warehouseAccount(db, secrets, tenantId, providerId);
    if (!account) return;
    const provider = createWarehouseProvider(connectionOf(account, options.endpoints, options.timeoutMs));
    const warehouses = Object.keys(account.warehouses);
    const skus = skuMapOf(account.skus);
    try {
      await sendInbounds(db, tenantId, warehouses, provider, skus);
      await pollInbounds(db, tenantId, warehouses, provider, skus);
      await syncStock(db, tenantId, warehouses, provider, skus);
    } catch (error) {
      if (!isWarehouseError(error)) throw error;
      if (error.retryable && job.attempt < job.maxAttempts) throw new RetryLater(error.message);
      await recordOutcome(db, tenantId, providerId, error.kind);
      if (error.retryable) throw error;
      return;
    }
    await recordOutcome(db, tenantId, providerId, null);
  };
}

const NOTICE_OF: Record<WarehouseErrorKind, string> = {
  credentials: 'notice.warehouse.failed.credentials',
  rate_limited: 'notice.warehouse.failed.unavailable',
  unavailable: 'notice.warehouse.failed.unavailable',
  bad_request: 'notice.warehouse.failed.protocol',
  not_found: 'notice.warehouse.failed.protocol',
  protocol: 'notice.warehouse.failed.protocol',
};

/**
 * Keeps the account's last outcome and tells the merchant when it turns into a failure (by kind
 * and provider only: the provider's words may echo what we sent) or back to working.
 */
async function recordOutcome(db: Database, tenantId: string, provider: ConnectableProvider, kind: WarehouseErrorKind | null): Promise<void> {
  await db.transaction((q) =>
    writeDocumentsIn(q, tenantId, async (tx) => {
      const [before] = await q.query<{ last_error: string | null }>('SELECT last_error FROM warehouse_sync_state WHERE tenant_id = $1 AND provider = $2 FOR UPDATE', [tenantId, provider]);
      await q.query(
        `INSERT INTO warehouse_sync_state (tenant_id, provider, last_error, synced_at) VALUES ($1, $2, $3, CASE WHEN $3::text IS NULL THEN now() END)
         ON CONFLICT (tenant_id, provider) DO UPDATE SET last_error = excluded.last_error, synced_at = coalesce(excluded.synced_at, warehouse_sync_state.synced_at)`,
        [tenantId, provider, kind],
      );
      const previous = before?.last_error ?? null;
      if (kind && NOTICE_OF[kind] !== (previous && NOTICE_OF[previous as WarehouseErrorKind])) {
        await tx.write('notices', [platformNotice(NOTICE_OF[kind], 'error', { provider })]);
      } else if (!kind && previous) {
        await tx.write('notices', [platformNotice('notice.warehouse.restored', 'info', { provider })]);
      }
    }),
  );
}
