import { businessRuleRefusal, COLLECTIONS, existenceRefusal, roleRefusal, sameJson, validateDocument, type CollectionName, type Existence, type Refusal, type Role } from '@tradewind/domain';
import type { ReplicatedDoc } from '../protocol.ts';

/** A document's JSON size limit; attachments have their own. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

/** What a soft delete may change: the flag, and the device's display stamp. */
const LIFECYCLE_FIELDS = new Set(['_deleted', 'updatedAt']);

function withoutDeletedFlag({ _deleted, ...doc }: ReplicatedDoc): Record<string, unknown> {
  return doc;
}

function existenceChange(master: ReplicatedDoc | undefined, next: ReplicatedDoc): Existence | null {
  if (!master) return 'create';
  if (master._deleted === next._deleted) return null;
  return next._deleted === true ? 'delete' : 'restore';
}

/** The first field other than the lifecycle fields whose value differs. */
function changedContent(a: ReplicatedDoc, b: ReplicatedDoc): string | undefined {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].find((field) => !LIFECYCLE_FIELDS.has(field) && !sameJson(a[field], b[field]));
}

/**
 * Why the platform refuses this device write, or null when it may be stored: platform-owned data,
 * the schema, then who may create, delete or restore, the caller's role and the collection's
 * business rules. A tombstone carries its document's last live state unchanged, and a restore is
 * checked as an edit of that state, so no rule can be stepped around through a delete.
 */
export function checkDeviceWrite(role: Role, collection: CollectionName, master: ReplicatedDoc | undefined, next: ReplicatedDoc): Refusal | null {
  const size = new TextEncoder().encode(JSON.stringify(next)).length;
  if (size > MAX_DOCUMENT_BYTES) return { reason: 'too_large', detail: `${size} > ${MAX_DOCUMENT_BYTES} bytes` };
  const { serverOwned } = COLLECTIONS[collection];
  if (serverOwned === 'all') return { reason: 'read_only_collection', detail: collection };
  const live = master && { ...master, _deleted: false };
  const existence = existenceChange(master, next);
  const refusal = existence && existenceRefusal(role, collection, existence, live);
  if (refusal) return refusal;
  for (const [field, initial] of Object.entries(serverOwned)) {
    const expected = master ? master[field] : initial;
    if (!sameJson(next[field], expected)) return { reason: 'server_owned_field', detail: field };
  }
  const problem = validateDocument(collection, withoutDeletedFlag(next));
  if (problem) return { reason: 'schema', detail: `${problem.path} ${problem.message}`.trim() };

  if (master && next._deleted === true) {
    const changed = changedContent(master, next);
    return changed ? { reason: 'tombstone_content', detail: changed } : null;
  }
  const doc = { ...next, _deleted: false };
  return roleRefusal(role, collection, live, doc) ?? businessRuleRefusal(collection, live, doc);
}
