import { orderTotal, type OrderDoc } from '../collections/orders.ts';

export interface OrderTotals {
  /** Goods: the sum of quantity × unit price. */
  subtotal: number;
  freight: number;
  total: number;
  /** What the deposit terms ask for before production. */
  depositDue: number;
  depositPaid: number;
  balancePaid: number;
  paid: number;
  /** What the buyer still owes (never negative). */
  balanceDue: number;
}

type Priced = Pick<OrderDoc, 'lines' | 'freight' | 'depositPercent' | 'payments'>;

/** All money figures of an order in minor units of its currency. Deposits round to the nearest minor unit. */
export function orderTotals(order: Priced): OrderTotals {
  const subtotal = orderTotal(order);
  const freight = order.freight ?? 0;
  const total = subtotal + freight;
  const depositDue = Math.round((total * (order.depositPercent ?? 0)) / 100);
  const payments = order.payments ?? [];
  const sum = (kind: 'deposit' | 'balance') => payments.filter((p) => p.kind === kind).reduce((s, p) => s + p.amount, 0);
  const depositPaid = sum('deposit');
  const balancePaid = sum('balance');
  const paid = depositPaid + balancePaid;
  return { subtotal, freight, total, depositDue, depositPaid, balancePaid, paid, balanceDue: Math.max(0, total - paid) };
}
