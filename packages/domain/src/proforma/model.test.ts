import { describe, expect, it } from 'vitest';
import { DOCUMENT_LANGUAGES, type BuyerDoc } from '../collections/buyers.ts';
import { YANGJIANG_USD_ACCOUNT } from '../testing/merchants.ts';
import { aQuote } from '../testing/orders.ts';
import { buildProforma, proformaAsText } from './model.ts';
import { PROFORMA_TEXTS } from './texts.ts';

const merchant = {
  name: '阳江市利锋刀剪制品有限公司',
  nameEn: 'Yangjiang Lifeng Knives & Scissors Co., Ltd.',
  addressZh: '广东省阳江市江城区刀剪路 16 号',
  addressEn: 'No. 16 Daojian Road, Yangjiang',
  contactName: 'Lin Zhiqiang',
  contactPhone: '+86 662 3318 907',
  contactEmail: 'sales@lifeng.cn',
  uscc: '91441700MA4UQ8RX3R',
  bankAccounts: [YANGJIANG_USD_ACCOUNT, { bankName: '中国银行阳江分行', bankNameEn: '', bankAddress: '', accountName: 'Lifeng', accountNo: '6600 1111', swift: 'BKCHCNBJ45A', currency: 'EUR' }],
};
const buyer: BuyerDoc = {
  id: 'b1',
  createdAt: '2026-11-20T08:00:00Z',
  updatedAt: '2026-11-20T08:00:00Z',
  company: 'Cuchillería Toledo S.L.',
  contactName: 'Lucía Gómez',
  email: 'compras@toledo.es',
  phone: '+34 925 21 33 44',
  country: 'ES',
  address: 'Calle Mayor 1, Toledo',
  metAt: 'Canton Fair',
  notes: '',
  language: 'es',
  priceTier: 'wholesale',
};

describe('buildProforma', () => {
  it('shows the seller letterhead, the buyer, the lines in English, totals with the deposit and the bank account in the order currency', () => {
    const order = aQuote({ freight: 16_000, deliveryDate: '2027-01-15', payments: [{ id: 'p', kind: 'deposit', amount: 75_000, at: '2026-11-21T08:00:00Z' }] });
    const doc = buildProforma({ order, merchant, buyer, language: 'en', issuedOn: '2026-11-20' });
    expect(doc).toMatchObject({
      dir: 'ltr',
      number: 'YJ03-000127',
      issuedOn: 'November 20, 2026',
      validUntil: 'December 20, 2026',
      currency: 'USD',
      incoterm: 'FOB',
      deliveryDate: 'January 15, 2027',
    });
    expect(doc.seller).toMatchObject({ name: merchant.nameEn, secondName: merchant.name });
    expect(doc.seller.details).toEqual([
      { label: '', value: 'No. 16 Daojian Road, Yangjiang' },
      { label: 'Contact', value: 'Lin Zhiqiang' },
      { label: 'Phone', value: '+86 662 3318 907' },
      { label: 'Email', value: 'sales@lifeng.cn' },
      { label: 'Company registration (USCC)', value: '91441700MA4UQ8RX3R' },
    ]);
    expect(doc.buyer.name).toBe('Cuchillería Toledo S.L.');
    expect(doc.buyer.details.map(({ label, value }) => (label ? `${label}: ${value}` : value))).toEqual([
      'Contact: Lucía Gómez',
      'Calle Mayor 1, Toledo',
      'Spain',
      'Email: compras@toledo.es',
      'Phone: +34 925 21 33 44',
    ]);
    expect(doc.lines).toEqual([
      { no: 1, description: "8-inch chef's knife", sku: 'LF-CH8-G10', quantity: '200', unitPrice: '6.50', amount: '1,300.00' },
      { no: 2, description: '中式桑刀', sku: 'LF-CL21', quantity: '200', unitPrice: '5.20', amount: '1,040.00' },
    ]);
    expect(doc.totals.map((row) => [row.key, row.label, row.value])).toEqual([
      ['subtotal', 'Subtotal', 'USD 2,340.00'],
      ['freight', 'Freight and insurance', 'USD 160.00'],
      ['total', 'Total', 'USD 2,500.00'],
      ['deposit', 'Deposit (30%, on confirmation)', 'USD 750.00'],
      ['balance', 'Balance (70%, before shipment)', 'USD 1,750.00'],
      ['paid', 'Received', 'USD 750.00'],
      ['balanceDue', 'Amount outstanding', 'USD 1,750.00'],
    ]);
    expect(doc.paymentTerms).toBe('30% deposit by T/T on confirmation, 70% balance before shipment.');
    expect(doc.bankAccounts).toEqual([
      { bankName: 'ICBC Yangjiang Branch', bankAddress: 'No. 1 Dongfeng Road, Yangjiang', accountName: 'Lifeng', accountNo: '2013 0042', swift: 'ICBKCNBJGDG', currency: 'USD' },
    ]);
  });

  it('shows the deposit and the balance a buyer owes before paying, and the named port with the Incoterm', () => {
    const doc = buildProforma({ order: aQuote({ incoterm: 'FOB', incotermPlace: 'Yangjiang' }), merchant, language: 'en', issuedOn: '2026-11-20' });
    expect(doc.incoterm).toBe('FOB Yangjiang');
    expect(doc.totals.map((row) => [row.key, row.value])).toEqual([
      ['subtotal', 'USD 2,340.00'],
      ['total', 'USD 2,340.00'],
      ['deposit', 'USD 702.00'],
      ['balance', 'USD 1,638.00'],
    ]);
    const inFull = buildProforma({ order: aQuote({ depositPercent: 0 }), merchant, language: 'de', issuedOn: '2026-11-20' });
    expect(inFull.totals.map((row) => row.key)).toEqual(['subtotal', 'total']);
  });

  it('carries the buyer’s signature with the day it was given', () => {
    const buyerSignature = { image: 'data:image/png;base64,iVBORw0KGgo=', signerName: 'Lucía Gómez', signedAt: '2026-11-21T09:30:00.000Z' };
    expect(buildProforma({ order: aQuote({ buyerSignature }), merchant, language: 'es', issuedOn: '2026-11-21' }).buyerSignature).toEqual({
      image: buyerSignature.image,
      signerName: 'Lucía Gómez',
      signedOn: '21 de noviembre de 2026',
    });
    expect(buildProforma({ order: aQuote(), merchant, language: 'es', issuedOn: '2026-11-21' }).buyerSignature).toBeNull();
  });

  it('falls back to the Chinese address and bank name only where the profile has no English one', () => {
    const doc = buildProforma({ order: aQuote({ currency: 'EUR' }), merchant: { ...merchant, addressEn: '' }, language: 'de', issuedOn: '2026-11-20' });
    expect(doc.seller.details[0]).toEqual({ label: '', value: merchant.addressZh });
    expect(doc.bankAccounts.map((a) => a.bankName)).toEqual(['中国银行阳江分行']);
  });

  it('prints Arabic right to left with Latin digits, and Spanish, Russian, French and German in their words', () => {
    const ar = buildProforma({ order: aQuote(), merchant, language: 'ar', issuedOn: '2026-11-20' });
    expect(ar.dir).toBe('rtl');
    expect(ar.texts.title).toBe('فاتورة مبدئية');
    expect(ar.totals.find((row) => row.key === 'total')!.value).toBe('USD 2,340.00');
    expect(ar.buyer.details).toContainEqual({ label: '', value: 'إسبانيا' });
    expect(buildProforma({ order: aQuote(), merchant, language: 'es', issuedOn: '2026-11-20' }).totals[0]).toEqual({ key: 'subtotal', label: 'Subtotal', value: 'USD 2340,00' });
    expect(buildProforma({ order: aQuote(), merchant, language: 'ru', issuedOn: '2026-11-20' }).paymentTerms).toBe(
      'Предоплата 30% банковским переводом при подтверждении заказа, остаток 70% до отгрузки.',
    );
    expect(buildProforma({ order: aQuote({ depositPercent: 0 }), merchant, language: 'fr', issuedOn: '2026-11-20' }).paymentTerms).toBe('100 % par virement avant expédition.');
    expect(buildProforma({ order: aQuote(), merchant, language: 'de', issuedOn: '2026-11-20' }).issuedOn).toBe('20. November 2026');
  });

  it('shows every bank account when none is in the order currency, and the order’s buyer name without a captured buyer', () => {
    const doc = buildProforma({ order: aQuote({ currency: 'GBP' }), merchant, language: 'en', issuedOn: '2026-11-20' });
    expect(doc.bankAccounts).toHaveLength(2);
    expect(doc.buyer).toEqual({ name: 'Cuchillería Toledo S.L.', details: [{ label: '', value: 'Spain' }] });
  });

  it('has every text in all six languages', () => {
    const keys = Object.keys(PROFORMA_TEXTS.en).sort();
    for (const language of DOCUMENT_LANGUAGES) {
      expect(Object.keys(PROFORMA_TEXTS[language]).sort()).toEqual(keys);
      expect(Object.values(PROFORMA_TEXTS[language]).every((text) => text.length > 0)).toBe(true);
    }
  });

  it('reads as plain text for a messenger', () => {
    const text = proformaAsText(buildProforma({ order: aQuote(), merchant, buyer, language: 'en', issuedOn: '2026-11-20' }));
    expect(text).toContain('Proforma invoice YJ03-000127 · November 20, 2026');
    expect(text).toContain("1. 8-inch chef's knife [LF-CH8-G10] 200 × 6.50 = 1,300.00");
    expect(text).toContain('Total: USD 2,340.00');
    expect(text).toContain('SWIFT ICBKCNBJGDG');
  });
});
