import { describe, expect, it } from 'vitest';
import { barcodeProblem, gtinCheckDigit, isValidBarcode } from './barcodes.ts';

describe('barcodes', () => {
  it('computes GS1 check digits', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1); // EAN-13 4006381333931
    expect(gtinCheckDigit('03600029145')).toBe(2); // UPC-A 036000291452
    expect(gtinCheckDigit('9638507')).toBe(4); // EAN-8 96385074
  });

  it.each(['4006381333931', '036000291452', '96385074', '10036000291459', '6901234567892'])('accepts %s', (code) => {
    expect(isValidBarcode(code)).toBe(true);
  });

  it('names what is wrong', () => {
    expect(barcodeProblem('4006381333932')).toBe('check_digit');
    expect(barcodeProblem('40063813339')).toBe('length');
    expect(barcodeProblem('40063813339X')).toBe('format');
    expect(barcodeProblem('')).toBe('format');
  });
});
