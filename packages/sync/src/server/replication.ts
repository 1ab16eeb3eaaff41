import { replaceForbiddenCharacters, sameJson, UNIQUE_FIELDS, type CollectionName, type Refusal, type Role } from '@tradewind/domain';
import type { Checkpoint, PullResponse, PushRow, ReplicatedDoc } from '../protocol.ts';
import type { AuditEntry, SyncStore } from './store.ts';
import { refusalNotice } from './refusal-notice.ts';
import { checkDeviceWrite } from './write-rules.ts';

/** Who is pushing, from the access token: never from the documents. */
export interface PushCaller {
  tenantId: string;
  userId: string;
  deviceId: string;
  role: Role;
}

export function pull(store: SyncStore, tenantId: string, collection: CollectionName, checkpoint: Checkpoint | null, limit: number): Promise<PullResponse> {
  return store.pull(tenantId, collection, checkpoint, limit);
}

/**
 * Applies a device's push (docs/architecture.md, Replication). Returns the conflicts: for each row whose assumed master
 * state is not the stored one, the stored document. A row the platform refuses also comes back
 * as a conflict — the unchanged stored document, or a tombstone for a refused new document — and
 * leaves a notice carrying the refused content. Re-sending an already stored state is a no-op.
 */
export function push(store: SyncStore, caller: PushCaller, collection: CollectionName, rows: PushRow[]): Promise<ReplicatedDoc[]> {
  return store.transaction(caller.tenantId, async (tx) => {
    const stored = await tx.readForUpdate(collection, [...new Set(rows.map((row) => row.newDocumentState.id))]);
    const unique = UNIQUE_FIELDS[collection];
    const taken = unique ? await tx.takenValues(collection, unique, uniqueValues(rows, unique)) : new Map<string, string>();
    const conflicts: ReplicatedDoc[] = [];
    const writes = new Map<string, ReplicatedDoc>();
    const notices = new Map<string, ReplicatedDoc>();
    const now = new Date().toISOString();
    const audit: AuditEntry[] = [];
    const by = { userId: caller.userId, deviceId: caller.deviceId };
    for (const { assumedMasterState, newDocumentState } of rows) {
      const master = writes.get(newDocumentState.id) ?? stored.get(newDocumentState.id);
      if (master && sameJson(master, newDocumentState)) continue;
      if (master && !(assumedMasterState && sameJson(master, assumedMasterState))) {
        conflicts.push(master);
        continue;
      }
      const refusal = checkDeviceWrite(caller.role, collection, master, newDocumentState) ?? (unique ? takenRefusal(taken, unique, newDocumentState) : null);
      if (refusal) {
        conflicts.push(master ?? { ...newDocumentState, _deleted: true });
        const notice = refusalNotice(caller.deviceId, collection, newDocumentState, refusal, now);
        notices.set(notice.id, notice);
        audit.push({ ...by, collection, documentId: newDocumentState.id, action: 'refused', fields: changedFields(master, newDocumentState), reason: refusal.reason });
        continue;
      }
      writes.set(newDocumentState.id, newDocumentState);
      if (unique && typeof newDocumentState[unique] === 'string') taken.set(newDocumentState[unique], newDocumentState.id);
      audit.push({ ...by, collection, documentId: newDocumentState.id, action: auditAction(master, newDocumentState), fields: changedFields(master, newDocumentState) });
    }
    if (writes.size > 0) await tx.write(collection, [...writes.values()]);
    if (notices.size > 0) await tx.write('notices', [...notices.values()]);
    if (audit.length > 0) await tx.audit(audit);
    return conflicts;
  });
}

function uniqueValues(rows: PushRow[], field: string): string[] {
  return [...new Set(rows.map((row) => row.newDocumentState[field]).filter((value): value is string => typeof value === 'string'))];
}

function takenRefusal(taken: Map<string, string>, field: string, doc: ReplicatedDoc): Refusal | null {
  const value = doc[field];
  const holder = typeof value === 'string' ? taken.get(value) : undefined;
  return holder && holder !== doc.id ? { reason: 'duplicate_number', detail: `${field} ${String(value)}` } : null;
}

function auditAction(master: ReplicatedDoc | undefined, next: ReplicatedDoc): AuditEntry['action'] {
  if (!master) return 'create';
  return next._deleted && !master._deleted ? 'delete' : 'update';
}

/** Names only: the audit log never holds values (bank accounts, phone numbers…). */
function changedFields(master: ReplicatedDoc | undefined, next: ReplicatedDoc): string[] {
  const fields = new Set([...Object.keys(master ?? {}), ...Object.keys(next)]);
  return [...fields]
    .filter((field) => field !== 'id' && !sameJson(master?.[field], next[field]))
    .map(replaceForbiddenCharacters)
    .sort();
}
