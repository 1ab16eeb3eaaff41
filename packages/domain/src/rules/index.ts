import { productRefusal } from '../catalogue/product-rules.ts';
import type { CollectionName } from '../collections/index.ts';
import { listingPublishRefusal } from '../compliance/publish.ts';
import { filingTransitionRefusal } from './filing-lifecycle.ts';
import { orderWriteRefusal } from './order-rules.ts';
import { proformaEmailRefusal } from './proforma-email-rules.ts';
import { shipmentRefusal, stockEventRefusal } from './stock-rules.ts';
import type { Doc, Refusal } from './refusal.ts';

export { REFUSAL_REASONS, type Refusal, type RefusalReason } from './refusal.ts';
export { existenceRefusal, type Existence } from './existence.ts';
export { UNIQUE_FIELDS } from './unique-fields.ts';
export { FILING_TRANSITIONS, filingTransitionRefusal, isRejection, isReleased, nextFilingStatuses } from './filing-lifecycle.ts';
export { orderWriteRefusal } from './order-rules.ts';

type BusinessRule = (master: Doc | undefined, next: Doc) => Refusal | null;

/** Collection-specific business rules the platform enforces on every device write (state machines, publish checks). */
const RULES: Partial<Record<CollectionName, BusinessRule[]>> = {
  filings: [filingTransitionRefusal],
  orders: [orderWriteRefusal],
  products: [productRefusal],
  listings: [(master, next) => listingPublishRefusal(master, next)],
  stockEvents: [stockEventRefusal],
  shipments: [shipmentRefusal],
  proformaEmails: [proformaEmailRefusal],
};

export function businessRuleRefusal(collection: CollectionName, master: Doc | undefined, next: Doc): Refusal | null {
  for (const rule of RULES[collection] ?? []) {
    const refusal = rule(master, next);
    if (refusal) return refusal;
  }
  return null;
}
