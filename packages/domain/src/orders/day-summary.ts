import type { BuyerDoc } from '../collections/buyers.ts';
import type { OrderDoc } from '../collections/orders.ts';
import { orderTotals } from './totals.ts';

export interface DaySummary {
  orders: OrderDoc[];
  /** Non-cancelled order totals per currency, largest first (amounts never mix currencies). */
  totals: { currency: string; amount: number; orders: number }[];
  buyers: BuyerDoc[];
  cancelled: number;
}

const within = (at: string, from: string, to: string) => {
  const time = Date.parse(at);
  return time >= Date.parse(from) && time < Date.parse(to);
};

/** What a fair day produced between `from` (inclusive) and `to` (exclusive), both ISO instants. */
export function summarizeDay(orders: readonly OrderDoc[], buyers: readonly BuyerDoc[], from: string, to: string): DaySummary {
  const dayOrders = orders.filter((order) => within(order.createdAt, from, to)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const perCurrency = new Map<string, { amount: number; orders: number }>();
  for (const order of dayOrders) {
    if (order.status === 'cancelled') continue;
    const sum = perCurrency.get(order.currency) ?? { amount: 0, orders: 0 };
    perCurrency.set(order.currency, { amount: sum.amount + orderTotals(order).total, orders: sum.orders + 1 });
  }
  return {
    orders: dayOrders,
    totals: [...perCurrency].map(([currency, sum]) => ({ currency, ...sum })).sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
    buyers: buyers.filter((buyer) => within(buyer.createdAt, from, to)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    cancelled: dayOrders.filter((order) => order.status === 'cancelled').length,
  };
}
