import type { ShipmentDoc } from '../collections/shipments.ts';
import type { StockEventDoc } from '../collections/stock-events.ts';
import type { StockDoc } from '../collections/stock.ts';

/** A GoodCang stock row (a valid `stock` document and snapshot) with only sellable units. */
export function aStockRow(sku: string, warehouse: string, sellable: number, fields: Partial<StockDoc> = {}): StockDoc {
  const asOf = fields.asOf ?? '2026-11-28T04:00:00.000Z';
  return { id: `${warehouse}-${sku}`, updatedAt: asOf, sku, warehouse, provider: 'goodcang', sellable, reserved: 0, inbound: 0, pendingPutaway: 0, unsellable: 0, asOf, ...fields };
}

/** A sea shipment of one carton (40 × LF-CH8-G10) to GoodCang US, as a device creates it. */
export function aShipment(fields: Partial<ShipmentDoc> = {}): ShipmentDoc {
  const at = fields.createdAt ?? '2026-11-28T02:00:00.000Z';
  const carton = { number: 'C1', lengthMm: 600, widthMm: 400, heightMm: 400, weightG: 18_000, lines: [{ sku: 'LF-CH8-G10', quantity: 40 }] };
  return {
    id: 's1',
    updatedAt: at,
    createdAt: at,
    reference: 'YJ-0001',
    mode: 'sea_lcl',
    warehouse: 'gc-us-west',
    provider: 'goodcang',
    cartons: [carton],
    status: 'submitted',
    events: [],
    ...fields,
  };
}

/** An order's reservation of 3 × LF-CH8-G10 in GoodCang US. */
export function aReservation(fields: Partial<StockEventDoc> = {}): StockEventDoc {
  const at = fields.at ?? '2026-11-28T02:00:00.000Z';
  return { id: 'e1', updatedAt: at, createdAt: at, kind: 'reservation', at, warehouse: 'gc-us-west', sku: 'LF-CH8-G10', quantity: 3, orderId: 'o1', ...fields };
}
