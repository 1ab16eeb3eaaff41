import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { sameJson } from '@tradewind/domain';
import { mergeAttachments, type Attachments } from './merge-attachments.ts';
import { threeWayMerge, type FieldConflict } from './merge.ts';
import { parseRevision } from './revision.ts';

export interface ConflictRecord {
  id: string;
  collection: string;
  documentId: string;
  conflicts: FieldConflict[];
  at: string;
}

export type ConflictSink = (record: ConflictRecord) => Promise<void>;

/** Storage bookkeeping (`_rev`, `_meta`, `_attachments`) is not content. */
function content(doc: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!key.startsWith('_') || key === '_deleted') out[key] = value;
  }
  return out;
}

/**
 * The platform refused the push (schema, rights, server-owned fields) when it answers with a
 * master state that is exactly what the device assumed — nothing changed there, yet it conflicted —
 * or, for a new document, with a tombstone. The platform's notice carries the refused content,
 * so the device takes the master state instead of pushing the same refusal again. A master state
 * equal to the assumed one whose answer names fields written since the base is no refusal: they
 * were written there and back.
 */
function wasRefused(assumed: object | undefined, real: WithDeleted<object>, changedThere: ReadonlySet<string> | undefined): boolean {
  if (assumed === undefined) return real._deleted === true;
  // An empty list with other content is no refusal: the platform placed the base later than the
  // state the device assumed (its push was taken but the answer lost), and the merge must run.
  return sameJson(content(assumed), content(real)) && !(changedThere && changedThere.size > 0);
}

/** The fields written on the platform since the device's base, when its answer says (revisions). */
function changedSinceBase(real: object): ReadonlySet<string> | undefined {
  const fields = parseRevision((real as { _rev?: unknown })._rev)?.changedSinceBase;
  return fields && new Set(fields);
}

export function createMergeConflictHandler<T extends object>(collection: string, sink: ConflictSink): RxConflictHandler<T> {
  return {
    isEqual: (a, b) => sameJson(content(a), content(b)),
    async resolve({ assumedMasterState, realMasterState, newDocumentState }) {
      const changedThere = changedSinceBase(realMasterState);
      if (wasRefused(assumedMasterState, realMasterState, changedThere)) return realMasterState;
      const { merged, conflicts } = threeWayMerge(assumedMasterState && content(assumedMasterState), content(newDocumentState), content(realMasterState), changedThere);
      if (conflicts.length > 0) {
        const documentId = String((realMasterState as { id?: unknown }).id);
        await sink({ id: `${collection}:${documentId}:${Date.now()}`, collection, documentId, conflicts, at: new Date().toISOString() });
      }
      // RxDB writes the result into the device's storage as it is: without them the bytes of the pictures it lists would be gone.
      const attachmentsOf = (doc: object | undefined) => (doc as { _attachments?: Attachments } | undefined)?._attachments;
      if (attachmentsOf(realMasterState) || attachmentsOf(newDocumentState)) {
        const base = assumedMasterState && (attachmentsOf(assumedMasterState) ?? {});
        merged._attachments = mergeAttachments(base, attachmentsOf(newDocumentState) ?? {}, attachmentsOf(realMasterState) ?? {});
      }
      return merged as WithDeleted<T>;
    },
  };
}
