import { businessRuleRefusal, COLLECTIONS, roleRefusal, sameJson, validateDocument, type CollectionName, type Refusal, type Role } from '@tradewind/domain';
import type { ReplicatedDoc } from '../protocol.ts';

/** A document's JSON size limit; attachments have their own. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

function withoutDeletedFlag({ _deleted, ...doc }: ReplicatedDoc): Record<string, unknown> {
  return doc;
}

/**
 * Why the platform refuses this device write, or null when it may be stored: platform-owned data,
 * the schema, the caller's role, then the collection's business rules (state machines and the like).
 */
export function checkDeviceWrite(role: Role, collection: CollectionName, master: ReplicatedDoc | undefined, next: ReplicatedDoc): Refusal | null {
  const size = new TextEncoder().encode(JSON.stringify(next)).length;
  if (size > MAX_DOCUMENT_BYTES) return { reason: 'too_large', detail: `${size} > ${MAX_DOCUMENT_BYTES} bytes` };
  const { serverOwned } = COLLECTIONS[collection];
  if (serverOwned === 'all') return { reason: 'read_only_collection', detail: collection };
  for (const [field, initial] of Object.entries(serverOwned)) {
    const expected = master ? master[field] : initial;
    if (!sameJson(next[field], expected)) return { reason: 'server_owned_field', detail: field };
  }
  const problem = validateDocument(collection, withoutDeletedFlag(next));
  if (problem) return { reason: 'schema', detail: `${problem.path} ${problem.message}`.trim() };
  return roleRefusal(role, collection, master, next) ?? businessRuleRefusal(collection, master, next);
}
