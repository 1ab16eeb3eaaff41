import type { OrderDoc, OrderStatus } from '@tradewind/domain';

export interface OrderFilter {
  text: string;
  status: OrderStatus | 'all';
  channel: OrderDoc['channel'] | 'all';
}

export const NO_FILTER: OrderFilter = { text: '', status: 'all', channel: 'all' };

/** Orders matching a filter; text matches the number, buyer, marketplace reference or a line's SKU. */
export function filterOrders(orders: readonly OrderDoc[], filter: OrderFilter): OrderDoc[] {
  const needle = filter.text.trim().toLowerCase();
  return orders.filter(
    (order) =>
      (filter.status === 'all' || order.status === filter.status) &&
      (filter.channel === 'all' || order.channel === filter.channel) &&
      (!needle ||
        order.number.toLowerCase().includes(needle) ||
        order.buyerName.toLowerCase().includes(needle) ||
        (order.externalRef ?? '').toLowerCase().includes(needle) ||
        order.lines.some((line) => line.sku.toLowerCase().includes(needle))),
  );
}
