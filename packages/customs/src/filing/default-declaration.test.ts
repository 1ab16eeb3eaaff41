import type { FilingDeclaration } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { defaultDeclaration } from './default-declaration.ts';

const facts = (mode: FilingDeclaration['mode'], customsCode: string): FilingDeclaration => ({
  mode,
  statisticsFlag: 'A',
  customsCode,
  portCode: '5141',
  exportDate: '2026-11-01',
  platform: { code: '无', name: 'Amazon.com Services LLC' },
  logistics: { carrierCode: '4417980012', carrierName: '阳江市邮政速递物流有限公司', waybillNos: { old: 'LX1CN' }, trafMode: '5', wrapType: '2', packages: 1 },
});

describe('the facts a new declaration starts from', () => {
  const filings = [
    { createdAt: '2026-11-01T00:00:00Z', declaration: facts('9610', '6870') },
    { createdAt: '2026-11-20T00:00:00Z', declaration: facts('9610', '5141') },
    { createdAt: '2026-11-25T00:00:00Z' },
  ];

  it('takes the latest declaration of the mode, today as export date, the orders’ marketplace and no waybills', () => {
    expect(defaultDeclaration([{ channel: 'aliexpress' }], filings, '2026-12-01')).toEqual({
      ...facts('9610', '5141'),
      exportDate: '2026-12-01',
      platform: { code: '无', name: 'AliExpress (Alibaba.com Singapore E-Commerce Private Limited)' },
      logistics: { ...facts('9610', '5141').logistics, waybillNos: {} },
    });
  });

  it('starts a first 9710 declaration from the 9610 facts, with the merchant as its own platform', () => {
    const b2b = defaultDeclaration([{ channel: 'fair' }], filings, '2026-12-01')!;
    expect(b2b).toMatchObject({ mode: '9710', customsCode: '5141' });
    expect(b2b.platform).toBeUndefined();
  });

  it('starts a merchant who never declared from blank facts, for the pre-check to ask for', () => {
    expect(defaultDeclaration([{ channel: 'amazon' }], [{ createdAt: '2026-11-25T00:00:00Z' }], '2026-12-01')).toMatchObject({
      mode: '9610',
      customsCode: '',
      exportDate: '2026-12-01',
      platform: { name: 'Amazon.com Services LLC' },
      logistics: { carrierCode: '', waybillNos: {} },
    });
    expect(defaultDeclaration([], filings, '2026-12-01')).toBeUndefined();
  });
});
