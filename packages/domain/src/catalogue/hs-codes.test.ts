import { describe, expect, it } from 'vitest';
import { declarationElementsFor, declarationLine, formatHsCode, hsCodeProblem, suggestDeclaration } from './hs-codes.ts';
import { hsCodeDigits, hsCodesUnder } from './hs-subheadings.ts';
import { templateById } from './templates.ts';

describe('HS codes', () => {
  it.each([
    ['8211930000', null],
    ['821193', 'format'],
    ['7711930000', 'chapter'],
    ['9911930000', 'chapter'],
  ])('accepts only 10-digit codes in a real chapter: %s → %s', (code, problem) => {
    expect(hsCodeProblem(code)).toBe(problem);
  });

  it('writes a code with the dots of its levels', () => {
    expect(formatHsCode('8211930000')).toBe('8211.93.00.00');
  });

  it('lists the declaration elements of the heading, or the common ones', () => {
    const knives = declarationElementsFor('8211930000');
    expect(knives.known).toBe(true);
    expect(knives.elements.map((e) => e.key)).toEqual(['name', 'brandType', 'exportPreference', 'use', 'bladeHandleMaterial', 'brand', 'model']);
    expect(declarationElementsFor('9401000000').known).toBe(false);
  });

  it('suggests values from the product and its template attributes, in Chinese', () => {
    const template = templateById('textiles.fabric');
    const values = suggestDeclaration(
      '5208520000',
      {
        name: '全棉府绸印花布',
        brand: 'JINXIU',
        sku: 'JX-CP4040',
        attributes: { fibreComposition: [{ fibre: 'cotton', percent: 100 }], gsm: 115, widthCm: 145, weave: 'plain', dye: 'printed' },
      },
      template,
    );
    expect(values).toMatchObject({ name: '全棉府绸印花布', composition: '棉100%', gsm: '115', width: '145', structure: '平纹', dyeing: '印花', brand: 'JINXIU', model: 'JX-CP4040' });
    expect(declarationLine('5208520000', { ...values, brandType: '1', exportPreference: '0' })).toBe('全棉府绸印花布|1|0||印花|平纹|棉100%|115|145|JINXIU|JX-CP4040');
  });
});

describe('codes under a shorter heading', () => {
  it('answers a 6-digit code with dots with the 10-digit codes under it', () => {
    expect(hsCodesUnder('8211.91').map((entry) => entry.code)).toEqual(['8211910000']);
    expect(hsCodesUnder('8211').map((entry) => entry.code)).toEqual(['8211100000', '8211910000', '8211920000', '8211930000', '8211940000', '8211950000']);
    expect(hsCodesUnder('8214.90')[0]!.description.en).toMatch(/cleavers/);
  });

  it('reads dotted 10-digit codes, and suggests nothing for what is not a heading', () => {
    expect(hsCodeDigits('8211.92.00.00')).toBe('8211920000');
    expect(hsCodesUnder('82')).toEqual([]);
    expect(hsCodesUnder('8211.9x')).toEqual([]);
  });

  it('knows every code the demo park catalogue uses', () => {
    for (const code of ['8211920000', '8211930000', '8213000000', '6205200000', '6115950000', '6215100000', '6601910000', '5208520000', '5407520000', '5903209000']) {
      expect(
        hsCodesUnder(code.slice(0, 6)).map((entry) => entry.code),
        code,
      ).toContain(code);
    }
  });
});
