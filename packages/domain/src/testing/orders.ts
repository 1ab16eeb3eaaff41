import type { OrderDoc } from '../collections/orders.ts';
import { fixedStamps } from './stamps.ts';

/** A valid quote of 2 lines (USD 1 300.00 + 1 040.00) with fixed ids and dates, so tests can assert exact results. */
export function aQuote(fields: Partial<OrderDoc> = {}): OrderDoc {
  return {
    ...fixedStamps('o1'),
    number: 'YJ03-000127',
    buyerName: 'Cuchillería Toledo S.L.',
    buyerCountry: 'ES',
    channel: 'fair',
    status: 'quote',
    currency: 'USD',
    incoterm: 'FOB',
    notes: '',
    depositPercent: 30,
    lines: [
      { id: 'l1', productId: 'p1', sku: 'LF-CH8-G10', name: '8 英寸不锈钢厨师刀', nameEn: "8-inch chef's knife", quantity: 200, unitPrice: 650 },
      { id: 'l2', productId: 'p2', sku: 'LF-CL21', name: '中式桑刀', quantity: 200, unitPrice: 520 },
    ],
    payments: [],
    ...fields,
  };
}
