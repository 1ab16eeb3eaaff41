import type { BuyerDoc } from '../collections/buyers.ts';
import { fixedStamps } from './stamps.ts';

/** A valid buyer with only the company filled in, as captured in a hurry at a fair. */
export function aBuyer(fields: Partial<BuyerDoc> = {}): BuyerDoc {
  return {
    ...fixedStamps('b1'),
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
