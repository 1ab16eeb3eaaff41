import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

/** The merchant's own profile: one document per tenant, created by the platform at registration. */
export interface MerchantDoc extends BaseDoc {
  name: string;
  nameEn: string;
  /** 统一社会信用代码, 18 characters. */
  uscc: string;
  /** 海关注册编码, 10 characters. */
  customsCode: string;
  cluster: string;
  address: string;
  contactName: string;
  contactPhone: string;
  defaultCurrency: string;
  bankAccounts: { bankName: string; accountName: string; accountNo: string; swift: string; currency: string }[];
  /** Set by the park administrator when the registration is approved. */
  approvedAt?: string;
}

export const merchantSchema = {
  title: 'merchant',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'name', 'uscc', 'cluster', 'defaultCurrency', 'bankAccounts'],
  // Encrypted at rest on the device with the vault's key (the platform sees them to validate).
  encrypted: ['bankAccounts', 'contactPhone'],
  properties: {
    ...baseProperties,
    name: text(200),
    nameEn: text(200),
    uscc: { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
    customsCode: { type: 'string', pattern: '^[0-9A-Z]{10}$' },
    cluster: text(40),
    address: text(400),
    contactName: text(100),
    contactPhone: text(40),
    defaultCurrency: { type: 'string', pattern: '^[A-Z]{3}$' },
    bankAccounts: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['bankName', 'accountName', 'accountNo', 'currency'],
        properties: {
          bankName: text(200),
          accountName: text(200),
          accountNo: text(64),
          swift: text(11),
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        },
      },
    },
    approvedAt: dateTimeField,
  },
} as const;
