import type { BankAccount } from '../collections/merchant.ts';

/** The Yangjiang knife maker's USD account, complete in both languages as a proforma prints it. */
export const YANGJIANG_USD_ACCOUNT: Readonly<BankAccount> = Object.freeze({
  bankName: '中国工商银行阳江分行',
  bankNameEn: 'ICBC Yangjiang Branch',
  bankAddress: 'No. 1 Dongfeng Road, Yangjiang',
  accountName: 'Lifeng',
  accountNo: '2013 0042',
  swift: 'ICBKCNBJGDG',
  currency: 'USD',
});
