/**
 * Every reason the platform refuses a device write for. Each picks a notice text
 * (`notice.pushRefused.<reason>`); the client's bundles are typed against this list, so a reason
 * without its zh-CN and en text does not compile.
 */
export const REFUSAL_REASONS = [
  'too_large',
  'read_only_collection',
  'server_owned_field',
  'schema',
  'staff_forbidden_field',
  'staff_cannot_submit',
  'forbidden_role',
  'illegal_transition',
  'filing_locked',
  'cancel_not_released',
  'order_transition',
  'deposit_not_received',
  'balance_outstanding',
  'order_payment_rewritten',
  'order_locked',
  'order_identity',
  'listing_blocked',
  'invalid_product',
  'stock_event_recorded',
  'shipment_sent',
  'staff_cannot_withdraw',
  'tombstone_content',
  'not_deletable',
  'not_device_made',
  'order_not_deletable',
  'duplicate_number',
  'proforma_email_recorded',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** Why the platform refuses a device's write. */
export interface Refusal {
  reason: RefusalReason;
  detail: string;
}

export type Doc = Record<string, unknown>;
