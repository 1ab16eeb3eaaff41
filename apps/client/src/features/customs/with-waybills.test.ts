import type { FilingDeclaration } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { withWaybills } from './with-waybills.ts';

describe('the waybills of a declaration', () => {
  it('keeps the waybill of each chosen order, not of one unticked or left empty', () => {
    const declaration = { logistics: { waybillNos: { stale: 'X' } } } as unknown as FilingDeclaration;
    expect(withWaybills(declaration, ['a', 'b'], { a: 'LX1CN', b: '', c: 'LX3CN' }).logistics.waybillNos).toEqual({ a: 'LX1CN' });
  });
});
