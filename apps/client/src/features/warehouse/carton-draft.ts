import type { Carton } from '@tradewind/domain';

/** A carton as the form edits it: centimetres and kilograms, as sellers measure them. */
export interface CartonDraft {
  number: string;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  weightKg: number;
  lines: { sku: string; quantity: number }[];
}

/** A standard export carton (60 × 40 × 40 cm, 18 kg) numbered after the ones before it. */
export function newCartonDraft(index: number, like?: CartonDraft): CartonDraft {
  return { lengthCm: 60, widthCm: 40, heightCm: 40, weightKg: 18, lines: [], ...like, ...(like ? { lines: like.lines.map((line) => ({ ...line })) } : {}), number: `C${index + 1}` };
}

/** The stored carton: millimetres and grams, whole numbers. */
export function cartonOf(draft: CartonDraft): Carton {
  return {
    number: draft.number.trim(),
    lengthMm: Math.round(draft.lengthCm * 10),
    widthMm: Math.round(draft.widthCm * 10),
    heightMm: Math.round(draft.heightCm * 10),
    weightG: Math.round(draft.weightKg * 1000),
    lines: draft.lines,
  };
}

/** Adds one unit of the SKU to the carton, or a new line with one. */
export function addSku(draft: CartonDraft, sku: string, quantity = 1): CartonDraft {
  const existing = draft.lines.find((line) => line.sku === sku);
  const lines = existing ? draft.lines.map((line) => (line.sku === sku ? { ...line, quantity: line.quantity + quantity } : line)) : [...draft.lines, { sku, quantity }];
  return { ...draft, lines };
}
