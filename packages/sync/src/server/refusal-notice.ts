import { COLLECTIONS, derivedId, replaceForbiddenCharacters, type CollectionName, type NoticeDoc, type Refusal } from '@tradewind/domain';
import type { ReplicatedDoc } from '../protocol.ts';

/** What one notice keeps of a refused document; a larger one keeps its id only. */
export const MAX_REFUSED_CONTENT_BYTES = 32 * 1024;

function encryptedFields(collection: CollectionName): readonly string[] {
  const schema = COLLECTIONS[collection].schema as { encrypted?: readonly string[] };
  return schema.encrypted ?? [];
}

/** Strings as the notice can hold and show them: forbidden characters become U+FFFD. */
function storable(value: unknown): unknown {
  if (typeof value === 'string') return replaceForbiddenCharacters(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [storable(key) as string, storable(child)]));
  return value;
}

/**
 * What a refusal notice keeps of the refused document, so the user can fix and resubmit it: not
 * its encrypted fields (personal data and bank details, which notices would hold in clear on
 * every device), not its characters that cannot be stored, and nothing past the size limit.
 * Returns the content and the names of the fields left out.
 */
export function refusedContent(collection: CollectionName, doc: ReplicatedDoc, refusal: Refusal): { content: Record<string, unknown>; omitted: string[] } {
  if (refusal.reason === 'too_large') return { content: { id: doc.id }, omitted: ['content'] };
  const secret = encryptedFields(collection);
  const kept = storable(Object.fromEntries(Object.entries(doc).filter(([field]) => !secret.includes(field)))) as Record<string, unknown>;
  const omitted = secret.filter((field) => field in doc);
  if (new TextEncoder().encode(JSON.stringify(kept)).length > MAX_REFUSED_CONTENT_BYTES) return { content: { id: doc.id }, omitted: ['content'] };
  return { content: kept, omitted };
}

/**
 * The notice for a refused write. One per device and document: a refusal repeated by the same
 * device (a retried push, a flood) replaces its earlier notice instead of adding another.
 */
export function refusalNotice(deviceId: string, collection: CollectionName, doc: ReplicatedDoc, refusal: Refusal, now: string): ReplicatedDoc {
  const { content, omitted } = refusedContent(collection, doc, refusal);
  const notice: NoticeDoc = {
    id: derivedId(`push-refused:${deviceId}:${collection}:${doc.id}`),
    updatedAt: now,
    createdAt: now,
    kind: 'push_refused',
    severity: 'error',
    messageKey: `notice.pushRefused.${refusal.reason}`,
    params: { collection, detail: String(storable(refusal.detail)), ...(omitted.length > 0 ? { omitted: omitted.join(', ') } : {}) },
    refused: { collection, documentId: doc.id, reason: refusal.reason, content },
  };
  return { ...notice, _deleted: false };
}
