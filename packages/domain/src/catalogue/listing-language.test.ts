import { describe, expect, it } from 'vitest';
import type { RateTable } from '../rates/exchange-rates.ts';
import { listingPriceFor, listingTextFor, untranslatedFrom } from './listing-language.ts';

const knife = {
  name: '主厨刀 8 寸',
  nameEn: 'Chef knife 8"',
  description: '不锈钢',
  translations: { de: { name: 'Kochmesser 20 cm', description: 'Edelstahl', source: 'x', translatedAt: '2026-11-20T00:00:00Z' } },
};
const rates: RateTable = { date: '2026-11-20', base: 'USD', source: 'park', rates: { CNY: 7.118, GBP: 0.7615, EUR: 0.863, JPY: 154.62 } };

describe('a new listing speaks its market', () => {
  it('is priced in the market currency at today’s rate', () => {
    expect(listingPriceFor({ amount: 10_000, currency: 'USD' }, 'GB', rates)).toEqual({ amount: 7_615, currency: 'GBP' });
    expect(listingPriceFor({ amount: 10_000, currency: 'USD' }, 'DE', rates)).toEqual({ amount: 8_630, currency: 'EUR' });
    expect(listingPriceFor({ amount: 10_000, currency: 'USD' }, 'JP', rates)).toEqual({ amount: 15_462, currency: 'JPY' });
  });

  it('keeps the product price when no rate is known offline', () => {
    expect(listingPriceFor({ amount: 10_000, currency: 'USD' }, 'GB', null)).toEqual({ amount: 10_000, currency: 'USD' });
  });

  it('takes the text in the market language, English until a translation exists', () => {
    expect(listingTextFor(knife, 'DE')).toEqual({ language: 'de', title: 'Kochmesser 20 cm', description: 'Edelstahl' });
    expect(listingTextFor(knife, 'FR')).toEqual({ language: 'fr', title: 'Chef knife 8"', description: '' });
  });
});

describe('an untranslated title is noticed', () => {
  it('names the language a title is really in', () => {
    expect(untranslatedFrom('Chef knife 8"', 'fr', knife)).toBe('en');
    expect(untranslatedFrom(' 主厨刀 8 寸 ', 'en', knife)).toBe('zh');
    expect(untranslatedFrom('Kochmesser 20 cm', 'es', knife)).toBe('de');
  });

  it('accepts the listing’s own language and the seller’s own words', () => {
    expect(untranslatedFrom('Kochmesser 20 cm', 'de', knife)).toBeNull();
    expect(untranslatedFrom('Couteau de chef 20 cm', 'fr', knife)).toBeNull();
    expect(untranslatedFrom('Chef knife 8"', 'en', knife)).toBeNull();
  });
});
