import type { BuyerDoc } from '../collections/buyers.ts';

/** A valid buyer with only the company filled in, as captured in a hurry at a fair. */
export function aBuyer(fields: Partial<BuyerDoc> = {}): BuyerDoc {
  return {
    id: 'b1',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    company: 'Cuchillería Toledo S.L.',
    contactName: '',
    email: '',
    phone: '',
    country: '',
    address: '',
    metAt: '',
    notes: '',
    language: 'en',
    priceTier: 'list',
    ...fields,
  };
}
