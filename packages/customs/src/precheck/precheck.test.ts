import { describe, expect, it } from 'vitest';
import { buildCeb303 } from '../messages/ceb303.ts';
import { TEST_SUBMISSION, testDeclaration, testIds, testLine } from '../messages/test-declarations.ts';
import { CUSTOMS_MESSAGES, renderIssue, renderText, statisticsFlagKeys } from './messages.ts';
import { precheckDeclaration } from './precheck.ts';
import { totalsIssues } from './totals.ts';

const errors = (input = testDeclaration()) => precheckDeclaration(input).issues.filter((found) => found.severity === 'error');

const keyPaths = (node: unknown, prefix = ''): string[] =>
  typeof node === 'string' ? [prefix] : Object.entries(node as object).flatMap(([key, value]) => keyPaths(value, prefix ? `${prefix}.${key}` : key));

describe('offline pre-check', () => {
  it('passes a complete declaration', () => {
    expect(precheckDeclaration(testDeclaration())).toMatchObject({ ok: true, route: 'inventory' });
  });

  it('catches a product without HS code and names the line, in zh-CN and en', () => {
    const input = testDeclaration({
      lines: [testLine(), testLine({ lineId: 'line-without-hs', itemNo: 'LF-CL21', hsCode: '', gmodel: '' })],
    });
    const result = precheckDeclaration(input);
    expect(result.ok).toBe(false);
    const missing = result.issues.find((found) => found.code === 'hsMissing')!;
    expect(missing).toMatchObject({ severity: 'error', field: 'lines.hsCode', line: { number: 2, id: 'line-without-hs', itemNo: 'LF-CL21' } });
    expect(missing.params).toMatchObject({ line: 2, itemNo: 'LF-CL21' });
    expect(renderIssue(missing, 'zh-CN').problem).toBe('第 2 行（LF-CL21）的商品没有海关商品编码。');
    expect(renderIssue(missing, 'en')).toEqual({
      problem: 'Line 2 (LF-CL21): the product has no HS code.',
      fix: "Enter the product's 10-digit HS code in the catalogue, then check again.",
    });
    expect(result.issues.filter((found) => found.line?.number === 1)).toEqual([]);
  });

  it('takes the all-zero stand-in for no HS code, and asks for the HS code only, not for what follows from it', () => {
    const input = testDeclaration({ lines: [testLine({ lineId: 'placeholder', itemNo: 'LF-BK20', hsCode: '0000000000', gmodel: '', unit1: '', qty1: 0 })] });
    expect(errors(input).map((found) => [found.code, found.line?.itemNo])).toEqual([['hsMissing', 'LF-BK20']]);
  });

  it('checks the XSD facets on the line they come from: lengths, HS 10 digits', () => {
    const input = testDeclaration({ lines: [testLine(), testLine({ lineId: 'long', itemNo: 'A'.repeat(21), gname: '刀'.repeat(251), hsCode: '82119200' })] });
    const found = errors(input).map((issue) => [issue.code, issue.field, issue.line?.number]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['hsFormat', 'lines.hsCode', 2],
        ['fieldTooLong', 'InventoryList.itemNo', 2],
        ['fieldTooLong', 'InventoryList.gname', 2],
      ]),
    );
    const tooLong = errors(input).find((issue) => issue.field === 'InventoryList.gname')!;
    expect(tooLong.params).toMatchObject({ max: 250, length: 251 });
    expect(renderIssue(tooLong, 'zh-CN').problem).toBe('第 2 行（AAAAAAAAAAAAAAAAAAAAA）：申报品名 最多 250 个字符，现为 251 个。');
    expect(renderIssue(tooLong, 'en').fix).toBe('Shorten it to 250 characters or fewer.');
  });

  it('refuses characters XML cannot carry, naming the field and line', () => {
    const input = testDeclaration({ lines: [testLine({ itemName: 'Chef knife\u0007 8"' })] });
    const found = errors(input).find((issue) => issue.code === 'fieldInvalidCharacters')!;
    expect(found).toMatchObject({ field: 'OrderList.itemName', line: { number: 1 } });
    expect(renderIssue(found, 'en').problem).toBe('Line 1 (LF-CH8-G10): Product name contains control characters customs cannot receive.');
    expect(errors(testDeclaration({ lines: [testLine({ itemName: '厨师刀 🔪 chef' })] }))).toEqual([]);
  });

  it('checks code lists, parties, weights and the flag A rules', () => {
    const input = testDeclaration({
      currency: 'XAU',
      ebc: { code: '91441700MA4UQ8RX3X', name: '阳江市利锋刀剪制品有限公司' },
      statisticsFlag: 'A',
      licenseNo: 'L123',
      logistics: { ...testDeclaration().logistics, trafMode: 'Q', grossWeightG: 100, netWeightG: 200 },
      lines: [testLine({ unit: 'furlong', unit1: '035' })],
    });
    expect(errors(input).map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['currencyUnknown', 'partyCodeInvalid', 'simplifiedWithLicence', 'transportModeUnknown', 'grossBelowNet', 'unitUnknown', 'legalUnitMismatch']),
    );
    const party = errors(input).find((issue) => issue.code === 'partyCodeInvalid')!;
    expect(renderIssue(party, 'en').problem).toBe('Merchant (consignor): 91441700MA4UQ8RX3X is neither a 10-character customs code nor a valid USCC.');
  });

  it('says under flag A which heading customs counts, and explains both flags', () => {
    const notes = precheckDeclaration(testDeclaration({ statisticsFlag: 'A' })).issues.filter((found) => found.code === 'hsHeadingCounted');
    expect(notes.map((found) => [found.severity, found.params['heading']])).toEqual([['info', '8211']]);
    expect(renderText('en', statisticsFlagKeys('A').title)).toBe('Simplified declaration (A)');
    expect(renderText('zh-CN', statisticsFlagKeys('B').explain)).toContain('CEB701');
  });

  it('states the order number the 报关单 must reference for a 9710 order above RMB 5,000', () => {
    const result = precheckDeclaration(testDeclaration({ tradeMode: '9710', goodsValueCny: 500_001 }));
    expect(result).toMatchObject({ ok: true, route: 'customs_declaration' });
    const note = result.issues.find((found) => found.code === 'customsDeclarationRequired')!;
    expect(renderIssue(note, 'en').fix).toBe('On the 报关单, list order number YJ03-000127 as attached document 10000004 (cross-border B2B export).');
  });

  it('finds line totals and goods value that do not add up in a message', () => {
    const message = buildCeb303(testDeclaration({ lines: [testLine(), testLine({ lineId: 'b' })] }), TEST_SUBMISSION, testIds(1));
    const document = message.documents[0]!;
    document.lines[1]!.totalPrice = '78.01';
    expect(totalsIssues(message).map((found) => found.code)).toEqual(['lineTotalMismatch', 'goodsValueMismatch']);
  });

  it('reports data it cannot build from instead of failing', () => {
    const result = precheckDeclaration(testDeclaration({ exportDate: '2 March', lines: [testLine({ unitPrice: 6.5 })] }));
    expect(result.ok).toBe(false);
    expect(result.issues.map((found) => found.code)).toContain('declarationUnbuildable');
  });

  it('has every text in both languages', () => {
    expect(keyPaths(CUSTOMS_MESSAGES['zh-CN']).sort()).toEqual(keyPaths(CUSTOMS_MESSAGES.en).sort());
    const codes = Object.keys(CUSTOMS_MESSAGES.en.customs.precheck);
    for (const code of codes) expect(renderIssue({ severity: 'error', code, field: 'x', params: {} }, 'zh-CN').problem).toMatch(/\S/);
  });
});
