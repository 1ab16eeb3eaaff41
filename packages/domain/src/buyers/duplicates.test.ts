import { describe, expect, it } from 'vitest';
import { aBuyer } from '../testing/buyers.ts';
import { findPossibleDuplicates, normalizeCompany, normalizePhone } from './duplicates.ts';

const buyer = (id: string, fields: Parameters<typeof aBuyer>[0]) => aBuyer({ id, ...fields });

describe('buyer duplicates', () => {
  it.each([
    ['Cuchillería Toledo, S.L.', 'cuchilleria toledo'],
    ['CUCHILLERIA TOLEDO SL', 'cuchilleria toledo'],
    ['ООО «Ножи Сибири»', 'ножи сибири'],
    ['Hamburg Küchen GmbH & Co. KG', 'hamburg kuchen'],
  ])('reduces the company name %s to what identifies it', (name, identity) => {
    expect(normalizeCompany(name)).toBe(identity);
  });

  it('compares phone numbers by their last eight digits', () => {
    expect(normalizePhone('+34 925 21 33 44')).toBe(normalizePhone('925-213344'));
    expect(normalizePhone('12')).toBe('');
  });

  it('finds buyers with the same name, email or phone and says which matched', () => {
    const known = [
      buyer('b1', { company: 'Cuchillería Toledo S.L.', email: 'compras@toledo.es' }),
      buyer('b2', { company: 'Hamburg Küchen GmbH', phone: '+49 40 1234 5678' }),
      buyer('b3', { company: 'Other' }),
    ];
    const found = findPossibleDuplicates({ company: 'cuchilleria toledo', email: 'x@y.z', phone: '040 12345678' }, known);
    expect(found.map((d) => [d.buyer.id, d.reasons])).toEqual([
      ['b1', ['name']],
      ['b2', ['phone']],
    ]);
    expect(findPossibleDuplicates({ company: 'Other', email: '', phone: '' }, known).map((d) => d.buyer.id)).toEqual(['b3']);
  });

  it('does not report a buyer as its own duplicate or match on empty fields', () => {
    const self = buyer('b1', { company: 'A' });
    expect(findPossibleDuplicates({ id: 'b1', company: 'A', email: '', phone: '' }, [self])).toEqual([]);
    expect(findPossibleDuplicates({ company: '', email: '', phone: '' }, [buyer('b2', {})])).toEqual([]);
  });
});
