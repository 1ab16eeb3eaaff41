import { describe, expect, it } from 'vitest';
import { FILING_KINDS } from '../collections/filings.ts';
import { tradeModeOf } from './trade-mode.ts';

describe('tradeModeOf', () => {
  it('labels every CEB message 9610 and the B2B and overseas-warehouse exports 9710 and 9810', () => {
    expect(Object.fromEntries(FILING_KINDS.map((kind) => [kind, tradeModeOf(kind)]))).toEqual({
      'ceb303-order': '9610',
      'ceb403-receipt': '9610',
      'ceb505-waybill': '9610',
      'ceb603-inventory': '9610',
      'ceb701-summary': '9610',
      'export-9710': '9710',
      'export-9810': '9810',
      'tax-refund': null,
      'forex-settlement': null,
    });
  });
});
