import { declaredQuantities, newId, SHIPMENT_SERVER_OWNED, type Carton, type ShipmentDoc, type ShipmentMode, type StockProvider } from '@tradewind/domain';
import { insertDocument, modifyDocument, type StoreContext } from './documents.ts';
import { recordShipmentCreated } from './stock-event-store.ts';

export interface ShipmentDraft {
  mode: ShipmentMode;
  warehouse: string;
  provider: StockProvider;
  eta?: string;
  cartons: Carton[];
}

export type ShipmentProblem = 'no_cartons' | 'empty_carton' | 'bad_quantity' | 'bad_dimensions' | 'duplicate_carton';

export class InvalidShipmentError extends Error {
  constructor(
    readonly problem: ShipmentProblem,
    readonly carton?: string,
  ) {
    super(`shipment: ${problem}${carton ? ` (carton ${carton})` : ''}`);
  }
}

/** What keeps a draft from being saved, or null. The screen shows it before anything is written. */
export function shipmentProblem(draft: Pick<ShipmentDraft, 'cartons'>): InvalidShipmentError | null {
  if (draft.cartons.length === 0) return new InvalidShipmentError('no_cartons');
  const numbers = new Set<string>();
  for (const carton of draft.cartons) {
    if (numbers.has(carton.number)) return new InvalidShipmentError('duplicate_carton', carton.number);
    numbers.add(carton.number);
    if (carton.lines.length === 0) return new InvalidShipmentError('empty_carton', carton.number);
    if (carton.lines.some((line) => !Number.isInteger(line.quantity) || line.quantity <= 0)) return new InvalidShipmentError('bad_quantity', carton.number);
    const sizes = [carton.lengthMm, carton.widthMm, carton.heightMm, carton.weightG];
    if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) return new InvalidShipmentError('bad_dimensions', carton.number);
  }
  return null;
}

/**
 * A first-leg shipment made on this device (offline too), with the `shipment_created` event that
 * shows its units inbound at once. The reference (our key at the provider) is made here: the
 * device's order-number prefix and the id's tail, unique without a round trip.
 */
export async function createShipment(ctx: StoreContext, prefix: string, draft: ShipmentDraft): Promise<ShipmentDoc> {
  const problem = shipmentProblem(draft);
  if (problem) throw problem;
  const { status, events } = SHIPMENT_SERVER_OWNED;
  const reference = `${prefix}-SH-${ctx.now().toISOString().slice(0, 10).replaceAll('-', '')}-${newId().slice(-6).toUpperCase()}`;
  const shipment = await insertDocument(ctx, 'shipments', { ...draft, reference, status, events: [...events] });
  await recordShipmentCreated(ctx, shipment, declaredQuantities(draft.cartons));
  return shipment;
}

/** The seller's own field that stays editable after sending: the expected arrival. */
export function setShipmentEta(ctx: StoreContext, id: string, eta: string | undefined): Promise<ShipmentDoc> {
  return modifyDocument(ctx, 'shipments', id, () => ({ eta }));
}
