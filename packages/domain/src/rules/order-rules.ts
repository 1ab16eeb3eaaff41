import type { OrderDoc, OrderPayment } from '../collections/orders.ts';
import { sameJson } from '../json.ts';
import { creationBlocker, LOCKED_STATUSES, transitionBlocker } from '../orders/lifecycle.ts';
import type { Doc, Refusal } from './refusal.ts';

/** What is sold and for how much: frozen once production starts. */
const PRICED_FIELDS = ['lines', 'currency', 'freight', 'depositPercent'] as const;
/** What identifies the order to people and to marketplace imports. */
const IDENTITY_FIELDS = ['number', 'externalRef', 'channel'] as const;

function rewrittenPayment(master: Doc, next: Doc): OrderPayment | undefined {
  const kept = new Map(((next.payments as OrderPayment[] | undefined) ?? []).map((p) => [p.id, p]));
  return ((master.payments as OrderPayment[] | undefined) ?? []).find((p) => !sameJson(p, kept.get(p.id)));
}

/**
 * The order lifecycle as the platform enforces it on every device write: allowed transitions and
 * their money guards, payments as append-only events, identity and (after production starts)
 * prices frozen. Who may delete an order is `existenceRefusal`'s.
 */
export function orderWriteRefusal(master: Doc | undefined, next: Doc): Refusal | null {
  const order = next as unknown as OrderDoc;
  if (!master) {
    const blocker = creationBlocker(order);
    return blocker ? { reason: blocker, detail: `→ ${order.status}` } : null;
  }
  const before = master as unknown as OrderDoc;
  const identity = IDENTITY_FIELDS.find((field) => !sameJson(master[field], next[field]));
  if (identity) return { reason: 'order_identity', detail: identity };
  const payment = rewrittenPayment(master, next);
  if (payment) return { reason: 'order_payment_rewritten', detail: payment.id };
  if (LOCKED_STATUSES.includes(before.status)) {
    const priced = PRICED_FIELDS.find((field) => !sameJson(master[field], next[field]));
    if (priced) return { reason: 'order_locked', detail: priced };
  }
  if (before.status !== order.status) {
    const blocker = transitionBlocker({ ...order, status: before.status }, order.status);
    if (blocker) return { reason: blocker, detail: `${before.status} → ${order.status}` };
  }
  return null;
}
