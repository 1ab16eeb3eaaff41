import type { CollectionName } from '../collections/index.ts';
import { sameJson } from '../json.ts';
import type { Doc, Refusal } from '../rules/refusal.ts';

export const ROLES = ['merchant_owner', 'merchant_staff', 'park_admin', 'trainer', 'student'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work inside one merchant's data (the others use the park console). */
export function hasMerchantData(role: Role): boolean {
  return role === 'merchant_owner' || role === 'merchant_staff' || role === 'student';
}

export type Action = 'submitFilings' | 'editBankDetails' | 'editBasePrices' | 'manageDevices' | 'readAudit';

const STAFF_MAY_NOT: readonly Action[] = ['submitFilings', 'editBankDetails', 'editBasePrices', 'manageDevices', 'readAudit'];

/** What the interface offers a role; the platform enforces the same through `roleRefusal`. */
export function can(role: Role, action: Action): boolean {
  if (!hasMerchantData(role)) return action === 'readAudit' && role === 'park_admin';
  return role !== 'merchant_staff' || !STAFF_MAY_NOT.includes(action);
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
  // The profile (and its bank details) exists once per merchant, made by the platform at approval.
  if (collection === 'merchant' && (!master || next._deleted === true)) return { reason: 'staff_forbidden_field', detail: 'merchant' };
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
  return null;
}
