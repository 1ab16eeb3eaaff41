import type { OrderDoc } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { filterOrders, NO_FILTER } from './order-filter.ts';

const order = (id: string, fields: Partial<OrderDoc>): OrderDoc => ({
  id,
  updatedAt: '2026-11-20T08:00:00Z',
  createdAt: '2026-11-20T08:00:00Z',
  number: `YJ03-00000${id}`,
  buyerName: 'Buyer',
  buyerCountry: '',
  channel: 'fair',
  status: 'quote',
  currency: 'USD',
  incoterm: 'FOB',
  notes: '',
  lines: [{ id: 'l', productId: 'p', sku: 'LF-CH8', name: 'n', quantity: 1, unitPrice: 1 }],
  ...fields,
});

describe('filterOrders', () => {
  const orders = [
    order('1', { buyerName: 'Cuchillería Toledo' }),
    order('2', { status: 'confirmed', channel: 'amazon', externalRef: 'amazon:408-3391245-7720311', lines: [] }),
    order('3', { lines: [{ id: 'l', productId: 'p', sku: 'LF-KS21-RED', name: 'n', quantity: 1, unitPrice: 1 }] }),
  ];
  const ids = (filter: Partial<typeof NO_FILTER>) => filterOrders(orders, { ...NO_FILTER, ...filter }).map((o) => o.id);

  it('matches number, buyer, marketplace reference and SKUs, ignoring case', () => {
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(ids({ text: 'toledo' })).toEqual(['1']);
    expect(ids({ text: '000002' })).toEqual(['2']);
    expect(ids({ text: '408-3391245' })).toEqual(['2']);
    expect(ids({ text: 'ks21' })).toEqual(['3']);
  });

  it('narrows by status and channel', () => {
    expect(ids({ status: 'confirmed' })).toEqual(['2']);
    expect(ids({ channel: 'fair', text: 'lf-' })).toEqual(['1', '3']);
  });
});
