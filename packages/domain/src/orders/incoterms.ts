import type { OrderDoc } from '../collections/orders.ts';

/** Which place an Incoterm names (Incoterms® 2020): where the goods are handed over, or where they are carried to. */
export type IncotermPlaceKind = 'loading' | 'destination';

export function incotermPlaceKind(incoterm: OrderDoc['incoterm']): IncotermPlaceKind {
  return incoterm === 'EXW' || incoterm === 'FOB' ? 'loading' : 'destination';
}

/** The place a new order names for its Incoterm: the merchant's first port of loading where the term names one. */
export function defaultIncotermPlace(incoterm: OrderDoc['incoterm'], portsOfLoading: readonly string[] = []): string {
  return incotermPlaceKind(incoterm) === 'loading' ? (portsOfLoading[0] ?? '') : '';
}

/** The Incoterm as a contract writes it, with its named place: "FOB Yangjiang", "CIF Hamburg". */
export function incotermWithPlace(order: Pick<OrderDoc, 'incoterm' | 'incotermPlace'>): string {
  const place = order.incotermPlace?.trim();
  return place ? `${order.incoterm} ${place}` : order.incoterm;
}
