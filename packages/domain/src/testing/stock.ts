import type { StockDoc } from '../collections/stock.ts';

/** A GoodCang stock row (a valid `stock` document and snapshot) with only sellable units. */
export function aStockRow(sku: string, warehouse: string, sellable: number, fields: Partial<StockDoc> = {}): StockDoc {
  const asOf = fields.asOf ?? '2026-11-28T04:00:00.000Z';
  return { id: `${warehouse}-${sku}`, updatedAt: asOf, sku, warehouse, provider: 'goodcang', sellable, reserved: 0, inbound: 0, pendingPutaway: 0, unsellable: 0, asOf, ...fields };
}
