import { describe, expect, it } from 'vitest';
import { addSku, cartonOf, newCartonDraft } from './carton-draft.ts';

describe('carton drafts', () => {
  it('adds a scanned SKU once per scan, to its line', () => {
    const carton = addSku(addSku(addSku(newCartonDraft(0), 'LF-CH8-G10'), 'LF-CH8-G10'), 'LF-KS21-RED', 5);
    expect(carton.lines).toEqual([
      { sku: 'LF-CH8-G10', quantity: 2 },
      { sku: 'LF-KS21-RED', quantity: 5 },
    ]);
  });

  it('copies a packed carton under the next number without sharing its lines', () => {
    const first = addSku(newCartonDraft(0), 'A', 40);
    const copy = newCartonDraft(1, first);
    copy.lines[0]!.quantity = 1;
    expect([copy.number, first.lines[0]!.quantity]).toEqual(['C2', 40]);
  });

  it('stores centimetres and kilograms as whole millimetres and grams', () => {
    expect(cartonOf({ ...newCartonDraft(0), lengthCm: 60.5, weightKg: 18.25 })).toMatchObject({ number: 'C1', lengthMm: 605, widthMm: 400, weightG: 18_250 });
  });
});
