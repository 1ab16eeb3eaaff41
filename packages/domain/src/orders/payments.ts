import type { OrderDoc, OrderPayment } from '../collections/orders.ts';
import { transitionBlocker } from './lifecycle.ts';
import { orderTotals } from './totals.ts';

export type PaymentChange = Pick<OrderDoc, 'payments' | 'status'>;

/**
 * Records a payment as a new event. A deposit that covers the deposit terms moves a confirmed
 * order to "deposit received" in the same change, as the seller would expect.
 */
export function recordPayment(order: OrderDoc, payment: OrderPayment): PaymentChange {
  if (!Number.isInteger(payment.amount) || payment.amount <= 0) throw new RangeError('A payment amount must be a positive number of minor units');
  const next = { ...order, payments: [...(order.payments ?? []), payment] };
  const advance = payment.kind === 'deposit' && order.status === 'confirmed' && transitionBlocker(next, 'deposit_received') === null;
  return { payments: next.payments, status: advance ? 'deposit_received' : order.status };
}

/** A payment can be recorded once the order is confirmed, until it is cancelled or fully paid. */
export function canRecordPayment(order: OrderDoc): boolean {
  return order.status !== 'quote' && order.status !== 'cancelled' && orderTotals(order).balanceDue > 0;
}

/** What the payment form proposes: the deposit still outstanding, else the balance. */
export function suggestedPayment(order: OrderDoc): Pick<OrderPayment, 'kind' | 'amount'> {
  const totals = orderTotals(order);
  const depositOutstanding = totals.depositDue - totals.depositPaid;
  return depositOutstanding > 0 ? { kind: 'deposit', amount: depositOutstanding } : { kind: 'balance', amount: totals.balanceDue };
}
