import type { CollectionName } from '../collections/index.ts';
import { sameJson } from '../json.ts';
import type { Doc, Refusal } from '../rules/refusal.ts';

export const ROLES = ['merchant_owner', 'merchant_staff', 'park_admin', 'trainer', 'student'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work inside one merchant's data (the others use the park console). */
export function hasMerchantData(role: Role): boolean {
  return role === 'merchant_owner' || role === 'merchant_staff' || role === 'student';
}

/** Actions a screen offers or hides by role. */
export type Action = 'submitFilings' | 'manageDevices' | 'manageWarehouseAccounts';

/** What the interface offers a role; the platform enforces the same through `roleRefusal`. */
export function can(role: Role, action: Action): boolean {
  return hasMerchantData(role) && (role !== 'merchant_staff' || !(['submitFilings', 'manageDevices', 'manageWarehouseAccounts'] as const).includes(action));
}

/**
 * Fair staff may capture buyers and orders and keep the catalogue tidy, but not touch the money
 * side: bank details, base prices, or sending filings to customs.
 */
const STAFF_FROZEN_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  merchant: ['bankAccounts'],
  products: ['price', 'priceTiers'],
};

/**
 * Top-level fields of a collection the role may not change (`variants` holds prices the role may
 * not change inside it, see `variantPrices`): the interface shows them read-only with the reason.
 */
function frozenFields(role: Role, collection: CollectionName): readonly string[] {
  return role === 'merchant_staff' ? (STAFF_FROZEN_FIELDS[collection] ?? []) : [];
}

/** Whether the role may change this field of the collection (`variants.price` for variant prices). */
export function mayChangeField(role: Role, collection: CollectionName, field: string): boolean {
  if (field === 'variants.price') return collection !== 'products' || role !== 'merchant_staff';
  return !frozenFields(role, collection).includes(field);
}

function variantPrices(doc: Doc): unknown[] {
  const variants = (doc.variants as { sku: string; price?: unknown }[] | undefined) ?? [];
  return variants.map((variant) => [variant.sku, variant.price ?? null]);
}

export function roleRefusal(role: Role, collection: CollectionName, master: Doc | undefined, next: Doc): Refusal | null {
  if (!hasMerchantData(role)) return { reason: 'forbidden_role', detail: role };
  if (role !== 'merchant_staff') return null;
  if (master) {
    const frozen = frozenFields(role, collection).find((field) => !sameJson(master[field], next[field]));
    if (frozen) return { reason: 'staff_forbidden_field', detail: frozen };
    if (collection === 'products' && !sameJson(variantPrices(master), variantPrices(next))) {
      return { reason: 'staff_forbidden_field', detail: 'variants.price' };
    }
  }
  if (collection === 'filings' && next.status === 'submitted' && master?.status !== 'submitted') {
    return { reason: 'staff_cannot_submit', detail: 'filings' };
  }
  // Taking a filing back from customs is the owner's call, like sending it.
  if (collection === 'filings' && master?.status === 'submitted' && next.status === 'withdrawn') {
    return { reason: 'staff_cannot_withdraw', detail: 'filings' };
  }
  return null;
}
