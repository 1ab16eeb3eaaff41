import { describe, expect, it } from 'vitest';
import { documentLanguageForCountry } from './document-language.ts';

describe('documentLanguageForCountry', () => {
  it.each(Object.entries({ MX: 'es', kz: 'ru', SA: 'ar', SN: 'fr', AT: 'de', US: 'en', '': 'en' }))('picks the proforma language from the buyer’s country %j: %s', (country, language) => {
    expect(documentLanguageForCountry(country)).toBe(language);
  });
});
