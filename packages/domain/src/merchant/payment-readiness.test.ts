import { describe, expect, it } from 'vitest';
import { paymentGaps } from './payment-readiness.ts';

const account = { bankName: '中国银行', bankNameEn: 'Bank of China', bankAddress: 'Yangjiang', accountName: 'Lifeng', accountNo: '6600 1111', swift: 'BKCHCNBJ45A', currency: 'USD' };

describe('paymentGaps', () => {
  it('a profile with the English name, address and an account in the order currency can be paid', () => {
    expect(paymentGaps({ nameEn: 'Lifeng Co., Ltd.', addressEn: 'No. 16 Daojian Road', bankAccounts: [account] }, 'USD')).toEqual([]);
  });

  it('a newly approved profile lacks all three', () => {
    expect(paymentGaps({ nameEn: '', addressEn: ' ', bankAccounts: [] }, 'USD')).toEqual(['nameEn', 'addressEn', 'bankAccount']);
  });

  it('an account in another currency, or one without its SWIFT code, does not let a buyer pay', () => {
    const base = { nameEn: 'Lifeng', addressEn: 'Yangjiang' };
    expect(paymentGaps({ ...base, bankAccounts: [account] }, 'EUR')).toEqual(['bankAccount']);
    expect(paymentGaps({ ...base, bankAccounts: [{ ...account, swift: '' }] }, 'USD')).toEqual(['bankAccount']);
  });
});
