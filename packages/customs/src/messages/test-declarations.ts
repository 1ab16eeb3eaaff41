import type { DeclarationInput, DeclarationLine, MessageIds, Submission } from './declaration.ts';

/** Fixtures for tests: a valid Yangjiang 9610 declaration and the stand-ins a caller passes. */
export const TEST_SUBMISSION: Submission = {
  at: '2026-03-02T01:30:00Z',
  appType: '1',
  appStatus: '2',
  sender: { copCode: '4417960B2C', copName: '阳江市利锋刀剪制品有限公司', dxpId: 'DXPENT0000000001' },
};

export const testIds = (n: number): MessageIds => ({
  messageGuid: `0190f2a4-0000-7000-8000-${String(n).padStart(12, '0')}`,
  documentGuid: `0190f2a4-0001-7000-8000-${String(n).padStart(12, '0')}`,
});

export const testLine = (overrides: Partial<DeclarationLine> = {}): DeclarationLine => ({
  lineId: '0190f2a4-1111-7000-8000-000000000001',
  itemNo: 'LF-CH8-G10',
  itemName: '8 英寸不锈钢厨师刀',
  barCode: '6921234500019',
  hsCode: '8211920000',
  gname: '厨师刀',
  gmodel: '厨师刀|1|0|厨房用|不锈钢|LIFENG|LF-CH8',
  unit: '016',
  quantity: 12,
  unitPrice: 650,
  unit1: '016',
  qty1: 12,
  netWeightG: 210,
  ...overrides,
});

export const testDeclaration = (overrides: Partial<DeclarationInput> = {}): DeclarationInput => ({
  tradeMode: '9610',
  orderNo: 'YJ03-000127',
  copNo: 'YJ03-000127-1',
  currency: 'USD',
  goodsValueCny: 56_160,
  destinationCountry: 'US',
  freight: 1_500,
  insuredFee: 0,
  lines: [testLine()],
  ebc: { code: '4417960B2C', name: '阳江市利锋刀剪制品有限公司' },
  ebp: { code: '无', name: 'Amazon' },
  agent: { code: '4417960B2C', name: '阳江市利锋刀剪制品有限公司' },
  owner: { code: '4417960B2C', name: '阳江市利锋刀剪制品有限公司' },
  logistics: {
    carrier: { code: '4417980001', name: '阳江邮政速递物流有限公司' },
    waybillNo: 'EA123456789CN',
    trafMode: '5',
    wrapType: '2',
    packages: 1,
    grossWeightG: 4_560,
    netWeightG: 2_520,
  },
  customsCode: '6870',
  portCode: '5141',
  pod: '502',
  statisticsFlag: 'B',
  exportDate: '2026-03-02',
  ...overrides,
});
