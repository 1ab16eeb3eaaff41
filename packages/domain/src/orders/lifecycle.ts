import type { OrderDoc, OrderStatus } from '../collections/orders.ts';
import { orderTotals } from './totals.ts';

/** The order lifecycle: quote → confirmed → deposit received → in production → shipped → completed, or cancelled. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  quote: ['confirmed', 'cancelled'],
  confirmed: ['deposit_received', 'in_production', 'cancelled'],
  deposit_received: ['in_production', 'cancelled'],
  in_production: ['shipped', 'cancelled'],
  shipped: ['completed'],
  completed: [],
  cancelled: [],
};

/** Once production starts, what was sold and its price are fixed. */
export const LOCKED_STATUSES: readonly OrderStatus[] = ['in_production', 'shipped', 'completed', 'cancelled'];

/** Statuses an order may be created in on a device; marketplace imports mirror the marketplace's state. */
const INITIAL_STATUSES: readonly OrderStatus[] = ['quote', 'confirmed'];

export type TransitionBlocker = 'order_transition' | 'deposit_not_received' | 'balance_outstanding';

type Order = Pick<OrderDoc, 'status' | 'lines' | 'freight' | 'depositPercent' | 'payments'>;

/**
 * Why `order` cannot move to `to`, or null. Money guards: "deposit received" needs the deposit
 * recorded, production without a deposit only when the terms ask for none, "completed" needs
 * the balance paid.
 */
export function transitionBlocker(order: Order, to: OrderStatus): TransitionBlocker | null {
  if (!ORDER_TRANSITIONS[order.status].includes(to)) return 'order_transition';
  const totals = orderTotals(order);
  if (to === 'deposit_received' && (totals.depositDue === 0 || totals.depositPaid < totals.depositDue)) return 'deposit_not_received';
  if (to === 'in_production' && order.status === 'confirmed' && totals.depositDue > 0) return 'deposit_not_received';
  if (to === 'completed' && totals.balanceDue > 0) return 'balance_outstanding';
  return null;
}

/** The statuses the order can move to now, in lifecycle order. */
export function nextStatuses(order: Order): OrderStatus[] {
  return ORDER_TRANSITIONS[order.status].filter((to) => transitionBlocker(order, to) === null);
}

/**
 * Why `order` cannot be created in its status, or null. Devices start orders as quote or confirmed;
 * a marketplace import mirrors the marketplace's state, with the money that state implies.
 */
export function creationBlocker(order: Order & Pick<OrderDoc, 'externalRef'>): TransitionBlocker | null {
  if (INITIAL_STATUSES.includes(order.status) || (order.status === 'cancelled' && order.externalRef)) return null;
  if (!order.externalRef) return 'order_transition';
  const totals = orderTotals(order);
  if (order.status === 'completed') return totals.balanceDue > 0 ? 'balance_outstanding' : null;
  return totals.paid < totals.depositDue ? 'deposit_not_received' : null;
}
