import { PlatformError } from '@tradewind/contract';
import { replaceForbiddenCharacters, sameJson, UNIQUE_FIELDS, type CollectionName, type Refusal, type Role } from '@tradewind/domain';
import { EPOCH_CHANGED, type PullResponse, type PushRow, type ReplicatedDoc, type SyncEpoch } from '../protocol.ts';
import { epochTag, formatRevision } from '../revision.ts';
import type { CheckedPushRow, PulledCheckpoint } from './parse.ts';
import type { AuditEntry, StoredRevision, SyncStore } from './store.ts';
import { judgedListing, productsOfListings } from './listing-facts.ts';
import { refusalNotice } from './refusal-notice.ts';
import { checkDeviceWrite } from './write-rules.ts';

/** Who is pushing, from the access token: never from the documents. */
export interface PushCaller {
  tenantId: string;
  userId: string;
  deviceId: string;
  role: Role;
}

/**
 * The changes after `checkpoint`. A checkpoint of another platform database or epoch is refused
 * (409 `sync_epoch_changed`): its cursor may point past transaction ids handed out again, so the
 * device must start over (and push again what the platform may have lost). `withRevisions`: each
 * document carries its revision as `_rev` (src/revision.ts).
 */
export async function pull(
  store: SyncStore,
  epoch: SyncEpoch,
  tenantId: string,
  collection: CollectionName,
  checkpoint: PulledCheckpoint | null,
  limit: number,
  withRevisions = false,
): Promise<PullResponse> {
  if (checkpoint && (checkpoint.platform !== epoch.platform || checkpoint.epoch !== epoch.epoch)) {
    throw new PlatformError(409, EPOCH_CHANGED, 'The platform was restored or lost its last writes since this checkpoint; sync again from the start');
  }
  const page = await store.pull(tenantId, collection, checkpoint && { tx: checkpoint.tx, id: checkpoint.id }, limit);
  const tag = epochTag(epoch.epoch);
  const documents = withRevisions ? page.documents.map((doc, i) => ({ ...doc, _rev: formatRevision({ tx: page.txs[i]!, epoch: tag }) })) : page.documents;
  return { documents, checkpoint: page.cursor && { ...page.cursor, platform: epoch.platform, epoch: epoch.epoch } };
}

/**
 * The transaction of the state a push row was based on, where the platform can place it: the
 * revision its assumed state carries, if of this epoch; or else the device's last accepted push
 * of the document. An assumed state without a revision is the state this device pushed itself.
 * For one of another epoch that push is a safe base: made in this epoch, it was taken only on a
 * master state equal to the device's base (a push taken whose answer was lost leaves the device
 * with its base from before the start-over, PGlite soak seed 380); made earlier, it names more
 * fields than were written since the base, never fewer.
 */
function baseTx(row: CheckedPushRow, revision: StoredRevision, deviceId: string, tag: string): string | undefined {
  if (!row.assumedMasterState) return undefined;
  if (row.baseRevision?.epoch === tag) return row.baseRevision.tx;
  return revision.devices[deviceId];
}

/** In a stored revision's fields: the transaction after which they are complete (migration 031). */
const COMPLETE_AFTER = '*';

/**
 * The fields, and elements of keyed arrays as `<field>[<id>]`, others wrote after `base` (this
 * device's own last push is not news to it); undefined where the platform cannot say: a base
 * older than what the revision records, or a last write that recorded nothing (a document upgrade).
 */
export function writtenSince(revision: StoredRevision, base: string, deviceId: string): string[] | undefined {
  if (BigInt(revision.tx) <= BigInt(base)) return [];
  const { [COMPLETE_AFTER]: completeAfter, ...fields } = revision.fields;
  if (completeAfter !== undefined && BigInt(base) < BigInt(completeAfter)) return undefined;
  if (!Object.values(fields).includes(revision.tx)) return undefined;
  const own = revision.devices[deviceId];
  return Object.entries(fields)
    .filter(([, tx]) => BigInt(tx) > BigInt(base) && tx !== own)
    .map(([path]) => path)
    .sort();
}

/**
 * Applies a device's push (docs/architecture.md, Replication). Returns the conflicts: for each row whose assumed master
 * state is not the stored one, the stored document. A row the platform refuses also comes back
 * as a conflict — the unchanged stored document, or a tombstone for a refused new document — and
 * leaves a notice carrying the refused content. Re-sending an already stored state is a no-op.
 *
 * `revisions`: the platform's epoch, for a device that works with revisions (`revisions=1`). A
 * stored document then conflicts also when a field was written since the row's base, even back to
 * the base's value, and each conflict carries its revision with the fields written since.
 */
export function push(store: SyncStore, caller: PushCaller, collection: CollectionName, rows: CheckedPushRow[], revisions: SyncEpoch | null = null): Promise<ReplicatedDoc[]> {
  return store.transaction(caller.tenantId, async (tx) => {
    const ids = [...new Set(rows.map((row) => row.newDocumentState.id))];
    const stored = await tx.readRevisedForUpdate(collection, ids);
    const tag = revisions ? epochTag(revisions.epoch) : '';
    const products = collection === 'listings' ? await productsOfListings(tx, rows) : undefined;
    const unique = UNIQUE_FIELDS[collection];
    const taken = unique ? await tx.takenValues(collection, unique, uniqueValues(rows, unique)) : new Map<string, string>();
    const conflicts: ReplicatedDoc[] = [];
    const writes = new Map<string, ReplicatedDoc>();
    const notices = new Map<string, ReplicatedDoc>();
    const now = new Date().toISOString();
    const audit: AuditEntry[] = [];
    const by = { userId: caller.userId, deviceId: caller.deviceId };
    for (const row of rows) {
      const { assumedMasterState, newDocumentState } = row;
      const master = writes.get(newDocumentState.id) ?? stored.get(newDocumentState.id)?.doc;
      if (master && sameJson(master, newDocumentState)) continue;
      // A document written earlier in this same push has no stored revision to go by.
      const revision = revisions && !writes.has(newDocumentState.id) ? stored.get(newDocumentState.id)?.revision : undefined;
      const base = revision && baseTx(row, revision, caller.deviceId, tag);
      const changedSinceBase = revision && base !== undefined ? writtenSince(revision, base, caller.deviceId) : undefined;
      const answer = (doc: ReplicatedDoc) => (revision ? { ...doc, _rev: formatRevision({ tx: revision.tx, epoch: tag, changedSinceBase }) } : doc);
      if (master && (!(assumedMasterState && sameJson(master, assumedMasterState)) || (changedSinceBase && changedSinceBase.length > 0))) {
        conflicts.push(answer(master));
        continue;
      }
      const refusal = writeRefusal(caller.role, collection, master, newDocumentState, products) ?? (unique ? takenRefusal(taken, unique, newDocumentState) : null);
      if (refusal) {
        conflicts.push(master ? answer(master) : { ...newDocumentState, _deleted: true });
        const notice = refusalNotice(caller.deviceId, collection, newDocumentState, refusal, now);
        notices.set(notice.id, notice);
        audit.push({ ...by, collection, documentId: newDocumentState.id, action: 'refused', fields: changedFields(master, newDocumentState), reason: refusal.reason });
        continue;
      }
      writes.set(newDocumentState.id, newDocumentState);
      if (unique && typeof newDocumentState[unique] === 'string') taken.set(newDocumentState[unique], newDocumentState.id);
      audit.push({ ...by, collection, documentId: newDocumentState.id, action: auditAction(master, newDocumentState), fields: changedFields(master, newDocumentState) });
    }
    if (writes.size > 0) await tx.write(collection, [...writes.values()], caller.deviceId);
    if (notices.size > 0) await tx.write('notices', [...notices.values()]);
    if (audit.length > 0) await tx.audit(audit);
    return conflicts;
  });
}

/** `checkDeviceWrite`, with listings judged on the facts of their stored products. */
function writeRefusal(role: Role, collection: CollectionName, master: ReplicatedDoc | undefined, next: ReplicatedDoc, products: Map<string, ReplicatedDoc> | undefined): Refusal | null {
  if (!products) return checkDeviceWrite(role, collection, master, next);
  const judged = judgedListing(next, products);
  if (judged.refused) return judged.refusal;
  const before = master && judgedListing(master, products);
  return checkDeviceWrite(role, collection, before && !before.refused ? before.listing : master, judged.listing);
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
