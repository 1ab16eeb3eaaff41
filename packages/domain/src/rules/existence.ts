import type { Role } from '../access/roles.ts';
import type { CollectionName } from '../collections/index.ts';
import type { Doc, Refusal } from './refusal.ts';

/** Documents only the platform makes and unmakes: the profile it creates at approval, the notices it writes. */
const PLATFORM_MADE: readonly CollectionName[] = ['merchant', 'notices'];

export type Existence = 'create' | 'delete' | 'restore';

/**
 * Whether `role` may create, delete or restore a document (`live`: its last live state). Deleting
 * hides a document from every device, so what the merchant answers for — orders past the quote, a
 * filing with customs, the catalogue's prices for fair staff — is cancelled, withdrawn or edited,
 * never deleted; and a restore is judged like a delete, its content like an edit of `live`.
 */
export function existenceRefusal(role: Role, collection: CollectionName, change: Existence, live: Doc | undefined): Refusal | null {
  if (PLATFORM_MADE.includes(collection)) return { reason: change === 'create' ? 'not_device_made' : 'not_deletable', detail: collection };
  if (change === 'create' || !live) return null;
  if (collection === 'orders' && (live.status !== 'quote' || ((live.payments as unknown[] | undefined) ?? []).length > 0)) {
    return { reason: 'order_not_deletable', detail: String(live.status) };
  }
  if (collection === 'filings' && live.status === 'submitted') return { reason: 'filing_locked', detail: '_deleted' };
  // Stock events and e-mail requests are append-only; a shipment the provider holds is cancelled with the provider, not deleted.
  if (collection === 'stockEvents') return { reason: 'stock_event_recorded', detail: String(live.id) };
  if (collection === 'proformaEmails') return { reason: 'proforma_email_recorded', detail: String(live.id) };
  if (collection === 'shipments' && live.providerRef) return { reason: 'shipment_sent', detail: '_deleted' };
  if (role === 'merchant_staff' && collection === 'products') return { reason: 'staff_forbidden_field', detail: '_deleted' };
  return null;
}
