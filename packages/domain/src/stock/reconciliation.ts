import { declaredQuantities, type Carton } from './shipment.ts';

/** What the warehouse counted for one SKU of an inbound order. */
export interface ReceiptCount {
  sku: string;
  received: number;
  putAway: number;
}

export interface ReceiptLine {
  sku: string;
  declared: number;
  received: number;
  putAway: number;
  /** Declared but not received (≥ 0). */
  short: number;
  /** Received beyond what was declared (≥ 0): an undeclared mixed carton or a wrong label. */
  over: number;
  /** Received, not yet on the shelf. */
  awaitingPutaway: number;
}

export interface ReceiptReconciliation {
  lines: ReceiptLine[];
  shortUnits: number;
  overUnits: number;
  /** Every SKU is counted and everything received is on the shelf. */
  settled: boolean;
}

/** Declared (our cartons) against received and put away (the warehouse's counts), per SKU. */
export function reconcileReceipt(cartons: readonly Carton[], counts: readonly ReceiptCount[]): ReceiptReconciliation {
  const bySku = new Map(counts.map((count) => [count.sku, count]));
  const declared = declaredQuantities(cartons);
  const skus = [...declared.map((line) => line.sku), ...counts.map((count) => count.sku).filter((sku) => !declared.some((line) => line.sku === sku))];
  const lines = skus.map((sku): ReceiptLine => {
    const declaredUnits = declared.find((line) => line.sku === sku)?.quantity ?? 0;
    const { received = 0, putAway = 0 } = bySku.get(sku) ?? {};
    return {
      sku,
      declared: declaredUnits,
      received,
      putAway,
      short: Math.max(0, declaredUnits - received),
      over: Math.max(0, received - declaredUnits),
      awaitingPutaway: Math.max(0, received - putAway),
    };
  });
  return {
    lines,
    shortUnits: lines.reduce((sum, line) => sum + line.short, 0),
    overUnits: lines.reduce((sum, line) => sum + line.over, 0),
    settled: declared.every((line) => bySku.has(line.sku)) && lines.every((line) => line.awaitingPutaway === 0),
  };
}
