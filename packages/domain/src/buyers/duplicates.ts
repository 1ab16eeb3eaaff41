import type { BuyerDoc } from '../collections/buyers.ts';

export type DuplicateReason = 'name' | 'email' | 'phone';

export interface PossibleDuplicate {
  buyer: BuyerDoc;
  reasons: DuplicateReason[];
}

/** Legal-form words that do not tell two companies apart ("Toledo S.L." is "Toledo SL"). */
const LEGAL_FORMS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'ug',
  'sl',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'ooo',
  'зао',
  'оао',
  'ооо',
  'ао',
  'ip',
  'ltda',
  'eirl',
  'fze',
  'fzco',
  'llp',
  'pty',
  'trading',
  'group',
  'the',
]);

/** Company name reduced to what identifies it: lower case, no accents, punctuation or legal form. */
export function normalizeCompany(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !LEGAL_FORMS.has(word));
  return words.join(' ');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The last 8 digits: the same number written with or without country code, spaces or dashes. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-8) : '';
}

type Candidate = Pick<BuyerDoc, 'company' | 'email' | 'phone'> & { id?: string };

/** Buyers already captured that look like the same company or person, with what matched. */
export function findPossibleDuplicates(candidate: Candidate, buyers: readonly BuyerDoc[]): PossibleDuplicate[] {
  const company = normalizeCompany(candidate.company);
  const email = normalizeEmail(candidate.email);
  const phone = normalizePhone(candidate.phone);
  const found: PossibleDuplicate[] = [];
  for (const buyer of buyers) {
    if (buyer.id === candidate.id) continue;
    const reasons: DuplicateReason[] = [];
    if (company && normalizeCompany(buyer.company) === company) reasons.push('name');
    if (email && normalizeEmail(buyer.email) === email) reasons.push('email');
    if (phone && normalizePhone(buyer.phone) === phone) reasons.push('phone');
    if (reasons.length > 0) found.push({ buyer, reasons });
  }
  return found;
}
