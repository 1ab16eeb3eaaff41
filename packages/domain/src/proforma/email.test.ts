import { describe, expect, it } from 'vitest';
import { aQuote } from '../testing/index.ts';
import { buildProforma } from './model.ts';
import { proformaEmail } from './email.ts';

describe('the e-mail a proforma goes out in', () => {
  it('is worded in the document language, the seller’s note first, the PDF named by number and language', () => {
    const doc = buildProforma({
      order: { ...aQuote(), number: 'YJ03-000127' },
      merchant: {
        name: '阳江市利锋刀剪制品有限公司',
        nameEn: 'Yangjiang Lifeng Knives & Scissors Co., Ltd.',
        uscc: '91441700MA4UQ8RX3R',
        addressZh: '',
        addressEn: '',
        contactName: '',
        contactEmail: '',
        contactPhone: '',
        bankAccounts: [],
      },
      language: 'de',
      issuedOn: '2026-11-23',
    });
    const email = proformaEmail(doc, '  Wie besprochen.  ');
    expect(email.subject).toBe('Proforma-Rechnung YJ03-000127 — Yangjiang Lifeng Knives & Scissors Co., Ltd.');
    expect(email.text.split('\n\n')).toEqual(['Wie besprochen.', 'Anbei erhalten Sie unsere Proforma-Rechnung YJ03-000127.', doc.seller.name]);
    expect(email.fileName).toBe('Proforma-YJ03-000127-de.pdf');
    expect(proformaEmail({ ...doc, language: 'en' }).text).toBe(`Please find attached our proforma invoice YJ03-000127.\n\n${doc.seller.name}`);
  });
});
