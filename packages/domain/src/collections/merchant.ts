import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

/** An account a buyer pays into; the English bank name and address are what a foreign bank needs. */
export interface BankAccount {
  /** The bank's name as the bank writes it (often Chinese). */
  bankName: string;
  bankNameEn: string;
  bankAddress: string;
  accountName: string;
  accountNo: string;
  swift: string;
  currency: string;
}

/** The merchant's own profile: one document per tenant, created by the platform at registration. */
export interface MerchantDoc extends BaseDoc {
  /** The registered Chinese name; platform-owned (changed through the park). */
  name: string;
  nameEn: string;
  /** 统一社会信用代码, 18 characters; platform-owned. */
  uscc: string;
  /** 海关注册编码, 10 characters (absent until the merchant enters it). */
  customsCode: string;
  cluster: string;
  addressZh: string;
  addressEn: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  defaultCurrency: string;
  /** Ports the merchant ships from, in English (e.g. "Shenzhen"), the first one the default. */
  portsOfLoading: string[];
  bankAccounts: BankAccount[];
  /** The letterhead logo, a PNG, JPEG or WebP data URL (small: it prints on every proforma). */
  logo?: string;
  /** Set by the park administrator when the registration is approved. */
  approvedAt?: string;
}

export const LOGO_MAX_LENGTH = 200_000;
const currencyField = { type: 'string', pattern: '^[A-Z]{3}$' } as const;

export const merchantSchema = {
  title: 'merchant',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'name', 'uscc', 'cluster', 'defaultCurrency', 'bankAccounts', 'addressZh', 'addressEn', 'contactEmail', 'portsOfLoading'],
  // Encrypted at rest on the device with the vault's key (the platform sees them to validate).
  encrypted: ['bankAccounts', 'contactPhone'],
  properties: {
    ...baseProperties,
    name: text(200),
    nameEn: text(200),
    uscc: { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
    customsCode: { type: 'string', pattern: '^[0-9A-Z]{10}$' },
    cluster: text(40),
    addressZh: text(400),
    addressEn: text(400),
    contactName: text(100),
    contactPhone: text(40),
    contactEmail: text(200),
    defaultCurrency: currencyField,
    portsOfLoading: { type: 'array', maxItems: 10, items: text(80) },
    bankAccounts: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['bankName', 'bankNameEn', 'bankAddress', 'accountName', 'accountNo', 'swift', 'currency'],
        properties: {
          bankName: text(200),
          bankNameEn: text(200),
          bankAddress: text(400),
          accountName: text(200),
          accountNo: text(64),
          swift: text(11),
          currency: currencyField,
        },
      },
    },
    logo: { type: 'string', maxLength: LOGO_MAX_LENGTH, pattern: '^data:image/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$' },
    approvedAt: dateTimeField,
  },
} as const;

/** A merchant document as version 0 stored it: one address, bank accounts without English name or address. */
export interface MerchantDocV0 extends Omit<MerchantDoc, 'addressZh' | 'addressEn' | 'contactEmail' | 'portsOfLoading' | 'bankAccounts' | 'logo'> {
  address?: string;
  bankAccounts: { bankName: string; accountName: string; accountNo: string; swift?: string; currency: string }[];
}

/**
 * Version 0 → 1: the one address was written in Chinese (the registration form's), so it becomes
 * the Chinese address; the English forms start empty for the merchant to fill in.
 */
export function merchantToV1({ address, bankAccounts, ...doc }: MerchantDocV0): MerchantDoc {
  return {
    ...doc,
    addressZh: address ?? '',
    addressEn: '',
    contactEmail: '',
    portsOfLoading: [],
    bankAccounts: bankAccounts.map((account) => ({ ...account, swift: account.swift ?? '', bankNameEn: '', bankAddress: '' })),
  };
}

export const merchantMigrations = { 1: merchantToV1 } as const;
