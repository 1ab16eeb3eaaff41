import type { BuyerDoc, DocumentLanguage } from '../collections/buyers.ts';
import type { BankAccount, MerchantDoc } from '../collections/merchant.ts';
import type { OrderDoc } from '../collections/orders.ts';
import { minorUnitDigits } from '../money.ts';
import { incotermWithPlace } from '../orders/incoterms.ts';
import { orderTotals } from '../orders/totals.ts';
import { fillText, PROFORMA_TEXTS, RIGHT_TO_LEFT, type ProformaTexts } from './texts.ts';

export interface ProformaInput {
  order: OrderDoc;
  merchant: Pick<MerchantDoc, 'name' | 'nameEn' | 'addressZh' | 'addressEn' | 'contactName' | 'contactPhone' | 'contactEmail' | 'uscc' | 'bankAccounts' | 'logo'>;
  buyer?: BuyerDoc;
  language: DocumentLanguage;
  /** YYYY-MM-DD */
  issuedOn: string;
  validDays?: number;
}

/** One line of a party's details: the label in the document language (may be empty) and the value, shown in its own direction. */
export interface DetailLine {
  label: string;
  value: string;
}

/** A bank account as the proforma prints it: the English bank name where the profile has one. */
export type ProformaBankAccount = Pick<BankAccount, 'accountName' | 'accountNo' | 'swift' | 'currency' | 'bankAddress'> & { bankName: string };

export type TotalKey = 'subtotal' | 'freight' | 'total' | 'deposit' | 'balance' | 'paid' | 'balanceDue';

/** Everything a proforma invoice shows, already worded and formatted in the document language. */
export interface ProformaDocument {
  language: DocumentLanguage;
  dir: 'ltr' | 'rtl';
  texts: ProformaTexts;
  number: string;
  issuedOn: string;
  validUntil: string;
  currency: string;
  incoterm: string;
  seller: { name: string; secondName: string; logo?: string; details: DetailLine[] };
  buyer: { name: string; details: DetailLine[] };
  lines: { no: number; description: string; sku: string; quantity: string; unitPrice: string; amount: string }[];
  totals: { key: TotalKey; label: string; value: string }[];
  paymentTerms: string;
  deliveryDate: string | null;
  bankAccounts: ProformaBankAccount[];
  notes: string;
  /** The buyer's acceptance, when they signed on the device. */
  buyerSignature: { image: string; signerName: string; signedOn: string } | null;
}

/** Latin digits in every language: export paperwork and bank transfers use them, Arabic included. */
const locale = (language: DocumentLanguage) => `${language}-u-nu-latn`;

function formatters(language: DocumentLanguage, currency: string) {
  const digits = minorUnitDigits(currency);
  const decimal = new Intl.NumberFormat(locale(language), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const integer = new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' });
  return {
    amount: (minor: number) => decimal.format(minor / 10 ** digits),
    money: (minor: number) => `${currency} ${decimal.format(minor / 10 ** digits)}`,
    quantity: (value: number) => integer.format(value),
    date: (isoDate: string) => date.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function countryName(country: string, language: DocumentLanguage): string {
  if (!country) return '';
  return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
}

/**
 * The accounts in the order's currency (without one, every account), worded for a foreign bank:
 * proformas are never Chinese, so the English bank name wins where the profile has it.
 */
function accountsFor(accounts: readonly BankAccount[], currency: string): ProformaBankAccount[] {
  const matching = accounts.filter((account) => account.currency === currency);
  return (matching.length > 0 ? matching : accounts).map(({ bankName, bankNameEn, accountName, accountNo, swift, currency: accountCurrency, bankAddress }) => ({
    bankName: bankNameEn || bankName,
    bankAddress,
    accountName,
    accountNo,
    swift,
    currency: accountCurrency,
  }));
}

const detailLines = (lines: (DetailLine | null)[]): DetailLine[] => lines.filter((line): line is DetailLine => line !== null && line.value !== '');

/** Builds the proforma invoice of an order for a buyer, in one of the six document languages. */
export function buildProforma({ order, merchant, buyer, language, issuedOn, validDays = 30 }: ProformaInput): ProformaDocument {
  const texts = PROFORMA_TEXTS[language];
  const format = formatters(language, order.currency);
  const totals = orderTotals(order);
  const deposit = order.depositPercent ?? 0;
  // As a buyer reads the terms: the deposit and the balance each with its share and when it is due;
  // what was received and what is left only once money came in.
  const totalRows: ProformaDocument['totals'] = [{ key: 'subtotal', label: texts.subtotal, value: format.money(totals.subtotal) }];
  if (totals.freight > 0) totalRows.push({ key: 'freight', label: texts.freight, value: format.money(totals.freight) });
  totalRows.push({ key: 'total', label: texts.total, value: format.money(totals.total) });
  if (totals.depositDue > 0) {
    totalRows.push({ key: 'deposit', label: fillText(texts.deposit, { percent: deposit }), value: format.money(totals.depositDue) });
    totalRows.push({ key: 'balance', label: fillText(texts.balance, { percent: 100 - deposit }), value: format.money(totals.total - totals.depositDue) });
  }
  if (totals.paid > 0) {
    totalRows.push({ key: 'paid', label: texts.paid, value: format.money(totals.paid) });
    totalRows.push({ key: 'balanceDue', label: texts.balanceDue, value: format.money(totals.balanceDue) });
  }

  const line = (label: string, value: string | undefined): DetailLine | null => (value ? { label, value } : null);
  return {
    language,
    dir: RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr',
    texts,
    number: order.number,
    issuedOn: format.date(issuedOn),
    validUntil: format.date(addDays(issuedOn, validDays)),
    currency: order.currency,
    incoterm: incotermWithPlace(order),
    seller: {
      name: merchant.nameEn || merchant.name,
      secondName: merchant.nameEn ? merchant.name : '',
      ...(merchant.logo ? { logo: merchant.logo } : {}),
      details: detailLines([
        line('', merchant.addressEn || merchant.addressZh),
        line(texts.contact, merchant.contactName),
        line(texts.phone, merchant.contactPhone),
        line(texts.email, merchant.contactEmail),
        line(texts.registration, merchant.uscc),
      ]),
    },
    buyer: {
      name: buyer?.company || order.buyerName,
      details: detailLines([
        line(texts.contact, buyer?.contactName),
        line('', buyer?.address),
        line('', countryName(buyer?.country || order.buyerCountry, language)),
        line(texts.email, buyer?.email),
        line(texts.phone, buyer?.phone),
      ]),
    },
    lines: order.lines.map((line, index) => ({
      no: index + 1,
      description: line.nameEn || line.name,
      sku: line.sku,
      quantity: format.quantity(line.quantity),
      unitPrice: format.amount(line.unitPrice),
      amount: format.amount(line.quantity * line.unitPrice),
    })),
    totals: totalRows,
    paymentTerms: deposit > 0 ? fillText(texts.termsWithDeposit, { deposit, balance: 100 - deposit }) : texts.termsInFull,
    deliveryDate: order.deliveryDate ? format.date(order.deliveryDate) : null,
    bankAccounts: accountsFor(merchant.bankAccounts, order.currency),
    notes: order.notes,
    buyerSignature: order.buyerSignature ? { image: order.buyerSignature.image, signerName: order.buyerSignature.signerName, signedOn: format.date(order.buyerSignature.signedAt.slice(0, 10)) } : null,
  };
}

/** The proforma as plain text, for sharing through a messenger when a PDF cannot be sent. */
export function proformaAsText(doc: ProformaDocument): string {
  const { texts } = doc;
  return [
    `${texts.title} ${doc.number} · ${doc.issuedOn}`,
    `${texts.seller}: ${doc.seller.name}`,
    `${texts.buyer}: ${doc.buyer.name}`,
    '',
    ...doc.lines.map((line) => `${line.no}. ${line.description} [${line.sku}] ${line.quantity} × ${line.unitPrice} = ${line.amount}`),
    '',
    ...doc.totals.map((row) => `${row.label}: ${row.value}`),
    `${texts.incoterm}: ${doc.incoterm}`,
    `${texts.paymentTerms}: ${doc.paymentTerms}`,
    ...(doc.deliveryDate ? [`${texts.deliveryDate}: ${doc.deliveryDate}`] : []),
    ...doc.bankAccounts.map((a) => `${texts.bank}: ${a.bankName} · ${a.accountName} · ${a.accountNo}${a.swift ? ` · ${texts.swift} ${a.swift}` : ''}${a.bankAddress ? ` · ${a.bankAddress}` : ''}`),
  ].join('\n');
}
