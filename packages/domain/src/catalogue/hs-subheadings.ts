import hsCodesFile from '@tradewind/resources/catalogue/hs-codes.json' with { type: 'json' };
import { checkDataFile } from './data-file.ts';
import type { LocalText } from './localized.ts';

/**
 * The 10-digit commodity codes the catalogue knows (resources/catalogue/hs-codes.json), so a seller
 * who types a shorter code, as brokers write it (`8211.91`), is answered with the codes under it.
 */
export interface HsCodeEntry {
  code: string;
  description: LocalText;
}

interface HsCodesFile {
  source: string;
  codes: { code: string; zh: string; en: string }[];
}

const file = checkDataFile<HsCodesFile>(
  'resources/catalogue/hs-codes.json',
  {
    type: 'object',
    additionalProperties: false,
    required: ['source', 'codes'],
    properties: {
      source: { type: 'string' },
      codes: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'zh', 'en'],
          properties: { code: { type: 'string', pattern: '^\\d{10}$' }, zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
        },
      },
    },
  },
  hsCodesFile,
);

const CODES: readonly HsCodeEntry[] = file.codes.map(({ code, zh, en }) => ({ code, description: { zh, en } }));

/** "8211.92.00.00", "8211 92" → digits only; anything else is left for the format check to refuse. */
export function hsCodeDigits(input: string): string {
  return /^[\d.\s]+$/.test(input.trim()) ? input.replace(/[.\s]/g, '') : input.trim();
}

/** The known 10-digit codes under a 4- to 9-digit heading or subheading (dots allowed); none for anything else. */
export function hsCodesUnder(input: string): HsCodeEntry[] {
  const digits = hsCodeDigits(input);
  if (!/^\d{4,9}$/.test(digits)) return [];
  return CODES.filter((entry) => entry.code.startsWith(digits));
}
