import { sameJson } from '../json.ts';
import type { Doc, Refusal } from './refusal.ts';

/** Stock events are append-only: a device records one and never changes it (deleting: existence.ts). */
export function stockEventRefusal(master: Doc | undefined, next: Doc): Refusal | null {
  return master ? { reason: 'stock_event_recorded', detail: String(next.id) } : null;
}

/** What the provider was sent as the inbound order (ASN): fixed once the platform has sent it. */
const SENT_FIELDS = ['reference', 'mode', 'warehouse', 'provider', 'cartons'] as const;

/** A shipment may be changed on a device until the provider holds it (`providerRef` set by the platform); deleting: existence.ts. */
export function shipmentRefusal(master: Doc | undefined, next: Doc): Refusal | null {
  if (!master?.providerRef) return null;
  const changed = SENT_FIELDS.find((field) => !sameJson(master[field], next[field]));
  return changed ? { reason: 'shipment_sent', detail: changed } : null;
}
