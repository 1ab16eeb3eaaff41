import { newId, type CollectionName, type NoticeDoc } from '@tradewind/domain';
import { sameJson } from '../json.ts';
import type { Checkpoint, PullResponse, PushRow, ReplicatedDoc } from '../protocol.ts';
import type { SyncStore } from './store.ts';
import { checkDeviceWrite, type Refusal } from './write-rules.ts';

export function pull(store: SyncStore, tenantId: string, collection: CollectionName, checkpoint: Checkpoint | null, limit: number): Promise<PullResponse> {
  return store.pull(tenantId, collection, checkpoint, limit);
}

function refusalNotice(collection: CollectionName, doc: ReplicatedDoc, refusal: Refusal): ReplicatedDoc {
  const now = new Date().toISOString();
  const notice: NoticeDoc = {
    id: newId(),
    updatedAt: now,
    createdAt: now,
    kind: 'push_refused',
    severity: 'error',
    messageKey: `notice.pushRefused.${refusal.reason}`,
    params: { collection, detail: refusal.detail },
    refused: { collection, documentId: doc.id, reason: refusal.reason, content: doc },
  };
  return { ...notice, _deleted: false };
}

/**
 * Applies a device's push (DESIGN §5). Returns the conflicts: for each row whose assumed master
 * state is not the stored one, the stored document. A row the platform refuses also comes back
 * as a conflict — the unchanged stored document, or a tombstone for a refused new document — and
 * leaves a notice carrying the refused content. Re-sending an already stored state is a no-op.
 */
export function push(store: SyncStore, tenantId: string, collection: CollectionName, rows: PushRow[]): Promise<ReplicatedDoc[]> {
  return store.transaction(tenantId, async (tx) => {
    const stored = await tx.readForUpdate(collection, [...new Set(rows.map((row) => row.newDocumentState.id))]);
    const conflicts: ReplicatedDoc[] = [];
    const writes = new Map<string, ReplicatedDoc>();
    const notices: ReplicatedDoc[] = [];
    for (const { assumedMasterState, newDocumentState } of rows) {
      const master = writes.get(newDocumentState.id) ?? stored.get(newDocumentState.id);
      if (master && sameJson(master, newDocumentState)) continue;
      if (master && !(assumedMasterState && sameJson(master, assumedMasterState))) {
        conflicts.push(master);
        continue;
      }
      const refusal = checkDeviceWrite(collection, master, newDocumentState);
      if (refusal) {
        conflicts.push(master ?? { ...newDocumentState, _deleted: true });
        notices.push(refusalNotice(collection, newDocumentState, refusal));
        continue;
      }
      writes.set(newDocumentState.id, newDocumentState);
    }
    if (writes.size > 0) await tx.write(collection, [...writes.values()]);
    if (notices.length > 0) await tx.write('notices', notices);
    return conflicts;
  });
}
