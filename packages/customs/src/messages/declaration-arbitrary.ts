import { usccCheckCharacter } from '@tradewind/domain';
import fc from 'fast-check';
import { COUNTRIES, CURRENCIES, TRANSPORT_MODES, UNITS, WRAP_TYPES } from '../codes/code-lists.ts';
import { legalUnitsFor } from '../codes/lookups.ts';
import type { DeclarationInput, DeclarationLine, Party } from './declaration.ts';
import { SIMPLIFIED_LIMIT_CNY } from './trade-modes.ts';

/** Generated declarations for property tests: Chinese and Latin text up to the XSD limits, every code in the lists. */

const TEXT_CHARS = [...'ABCXYZabcxyz0189 -/()&<>"\'.,#🔪€刀剪厨师不锈钢面料涤纶纺织品阳江绍兴柯桥春亚纺（）、，'];
const CODE_CHARS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];

/** A string over the alphabet; fast-check picks its length and seed, the characters follow from the seed (fast at 1,000 characters). */
const chars = (alphabet: string[], minLength: number, maxLength: number) =>
  fc.record({ length: fc.integer({ min: minLength, max: maxLength }), seed: fc.integer({ min: 1, max: 0x7fffffff }) }).map(({ length, seed }) => {
    let state = seed;
    let text = '';
    for (let i = 0; i < length; i += 1) {
      state = (state * 48271) % 0x7fffffff;
      text += alphabet[state % alphabet.length];
    }
    return text;
  });

/** Mostly short text, often exactly at the limit, never empty or blank. */
export const limitText = (max: number): fc.Arbitrary<string> =>
  fc.oneof({ weight: 5, arbitrary: chars(TEXT_CHARS, 1, Math.min(max, 12)) }, { weight: 1, arbitrary: chars(TEXT_CHARS, max, max) }).map((text) => (text.trim() ? text : `X${text.slice(1)}`));

const codeText = (min: number, max: number) => chars(CODE_CHARS, min, max);

const customsRegistrationCode = fc.tuple(fc.stringMatching(/^\d{4}$/), codeText(6, 6)).map(([area, rest]) => area + rest);
const uscc = fc.tuple(fc.constantFrom('91', '92', '93', '51'), fc.stringMatching(/^\d{6}$/), codeText(9, 9)).map(([head, area, body]) => {
  const first17 = head + area + body;
  return first17 + usccCheckCharacter(first17);
});

const party: fc.Arbitrary<Party> = fc.record({ code: fc.oneof(customsRegistrationCode, uscc), name: limitText(100) });

const codeOf = (list: { entries: { code: string }[] }) => fc.constantFrom(...list.entries.map((entry) => entry.code));

const line: fc.Arbitrary<DeclarationLine> = fc
  .record({
    itemNo: chars([...'ABCDEFGHJK0123456789-'], 1, 20),
    itemName: limitText(250),
    itemDescribe: fc.option(limitText(1000), { nil: undefined }),
    barCode: fc.option(fc.stringMatching(/^\d{8,14}$/), { nil: undefined }),
    hsCode: fc.stringMatching(/^(0[1-9]|[1-6]\d|7[0-689]|8\d|9[0-7])\d{8}$/),
    gname: limitText(250),
    gmodel: limitText(250),
    unit: codeOf(UNITS),
    quantity: fc.integer({ min: 1, max: 1_000_000 }),
    unitPrice: fc.integer({ min: 1, max: 10_000_000 }),
    unit1: codeOf(UNITS),
    netWeightG: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
    qty1: fc.double({ min: 0.001, max: 1e9, noNaN: true }),
    second: fc.option(fc.record({ unit2: codeOf(UNITS), qty2: fc.double({ min: 0.001, max: 1e9, noNaN: true }) }), { nil: undefined }),
  })
  .map(({ second, ...fields }) => withLegalUnits({ lineId: '', ...fields, ...second }));

/** A generated HS code the legal-unit table knows gets the units the tariff fixes, as a real product would. */
function withLegalUnits(line: DeclarationLine): DeclarationLine {
  const legal = legalUnitsFor(line.hsCode);
  if (!legal) return line;
  return { ...line, unit1: legal.unit1, unit2: legal.unit2, qty2: legal.unit2 ? line.qty1 : undefined };
}

const lines = fc
  .integer({ min: 1, max: 100 })
  .chain((count) => fc.array(line, { minLength: count, maxLength: count }))
  .map((list) => list.map((item, index) => ({ ...item, lineId: `line-${index + 1}` })));

export const declarationArbitrary: fc.Arbitrary<DeclarationInput> = fc.record({
  tradeMode: fc.constantFrom('9610', '9710', '9810'),
  orderNo: chars([...'ABCDEFGHJK0123456789-'], 1, 60),
  copNo: chars([...'ABCDEFGHJK0123456789-'], 1, 30),
  currency: fc.constantFrom(...CURRENCIES.entries.map((entry) => entry.iso)),
  goodsValueCny: fc.oneof(fc.integer({ min: 1, max: SIMPLIFIED_LIMIT_CNY }), fc.integer({ min: SIMPLIFIED_LIMIT_CNY + 1, max: 1e10 })),
  destinationCountry: fc.constantFrom(...COUNTRIES.entries.filter((entry) => entry.iso !== 'CN').map((entry) => entry.iso)),
  freight: fc.integer({ min: 0, max: 1e9 }),
  insuredFee: fc.integer({ min: 0, max: 1e9 }),
  lines,
  ebc: party,
  ebp: fc.oneof(party, fc.constant({ code: '无', name: 'Amazon EU S.à r.l.' })),
  agent: party,
  owner: fc.oneof(party, fc.constant({ code: 'NO', name: '义乌某工厂' })),
  logistics: fc
    .record({
      carrier: party,
      waybillNo: chars([...'ABCDEFGHJK0123456789'], 1, 32),
      trafMode: codeOf(TRANSPORT_MODES),
      trafName: fc.option(limitText(100), { nil: undefined }),
      voyageNo: fc.option(chars([...'ABC0123456789'], 1, 32), { nil: undefined }),
      billNo: fc.option(chars([...'ABC0123456789-'], 1, 37), { nil: undefined }),
      totalPackageNo: fc.option(chars([...'ABC0123456789'], 1, 37), { nil: undefined }),
      wrapType: codeOf(WRAP_TYPES),
      packages: fc.integer({ min: 1, max: 999_999_999 }),
      netWeightG: fc.integer({ min: 1, max: 1e12 }),
      extraWeightG: fc.integer({ min: 0, max: 1e9 }),
    })
    .map(({ extraWeightG, ...logistics }) => ({ ...logistics, grossWeightG: logistics.netWeightG + extraWeightG })),
  customsCode: fc.constantFrom('6870', '5200', '3105'),
  portCode: fc.constantFrom('5141', '3104', '6870'),
  pod: fc.stringMatching(/^\d{3,4}$/),
  statisticsFlag: fc.constantFrom('A', 'B'),
  exportDate: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  note: fc.option(limitText(1000), { nil: undefined }),
});
