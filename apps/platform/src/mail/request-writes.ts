import type { ProformaEmailDoc } from '@tradewind/domain';
import type { ReplicatedDoc, SyncTransaction } from '@tradewind/sync/server';
import type { Queryable } from '../db/database.ts';

export type DeliveryFields = Partial<Pick<ProformaEmailDoc, 'status' | 'attemptedAt' | 'sentAt' | 'messageId' | 'failure'>>;

/** A live document of the tenant, or undefined. */
export async function tenantDoc<T>(q: Queryable, table: string, tenantId: string, id: string): Promise<T | undefined> {
  const [row] = await q.query<{ doc: T }>(`SELECT doc FROM ${table} WHERE tenant_id = $1 AND id = $2 AND NOT deleted`, [tenantId, id]);
  return row?.doc;
}

/** Changes the platform's delivery fields of a stored request (row locked) and writes its notices; nothing when the request is gone. */
export async function updateRequest(tx: SyncTransaction, requestId: string, fields: DeliveryFields, notices: ReplicatedDoc[] = []): Promise<void> {
  const stored = (await tx.readForUpdate('proformaEmails', [requestId])).get(requestId);
  if (!stored || stored._deleted) return;
  await tx.write('proformaEmails', [{ ...stored, ...fields, updatedAt: new Date().toISOString() }]);
  if (notices.length > 0) await tx.write('notices', notices);
}
