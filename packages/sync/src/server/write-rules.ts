import { COLLECTIONS, validateDocument, type CollectionName } from '@tradewind/domain';
import { sameJson } from '../json.ts';
import type { ReplicatedDoc } from '../protocol.ts';

export interface Refusal {
  reason: 'read_only_collection' | 'server_owned_field' | 'schema';
  detail: string;
}

function withoutDeletedFlag({ _deleted, ...doc }: ReplicatedDoc): Record<string, unknown> {
  return doc;
}

/** Why the platform refuses this device write, or null when it may be stored. */
export function checkDeviceWrite(collection: CollectionName, master: ReplicatedDoc | undefined, next: ReplicatedDoc): Refusal | null {
  const { serverOwned } = COLLECTIONS[collection];
  if (serverOwned === 'all') return { reason: 'read_only_collection', detail: collection };
  for (const [field, initial] of Object.entries(serverOwned)) {
    const expected = master ? master[field] : initial;
    if (!sameJson(next[field], expected)) return { reason: 'server_owned_field', detail: field };
  }
  const problem = validateDocument(collection, withoutDeletedFlag(next));
  if (problem) return { reason: 'schema', detail: `${problem.path} ${problem.message}`.trim() };
  return null;
}
