import type { DocumentLanguage } from '../collections/buyers.ts';

const BY_COUNTRY: Record<string, DocumentLanguage> = {};
const assign = (language: DocumentLanguage, countries: string) => {
  for (const country of countries.split(' ')) BY_COUNTRY[country] = language;
};
assign('es', 'ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY');
assign('ru', 'RU BY KZ KG TJ UZ AM AZ');
assign('ar', 'AE SA EG QA KW BH OM JO LB IQ SY YE LY TN DZ MA SD');
assign('fr', 'FR BE LU MC SN CI CM ML BF NE TG BJ GA CG CD MG HT');
assign('de', 'DE AT CH LI');

/** The proforma language a buyer from `country` most likely reads; English otherwise. */
export function documentLanguageForCountry(country: string): DocumentLanguage {
  return BY_COUNTRY[country.toUpperCase()] ?? 'en';
}
