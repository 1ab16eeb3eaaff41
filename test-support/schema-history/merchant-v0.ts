import type { SchemaFixture } from './index.ts';

// Not `profile`: the platform test seeds the demo park beside these rows, which writes that id.
const profileV0 = {
  id: 'profile-as-v0-stored-it',
  updatedAt: '2026-11-28T02:14:09.512Z',
  name: '阳江市利锋刀剪制品有限公司',
  nameEn: 'Yangjiang Lifeng Knives & Scissors Co., Ltd.',
  uscc: '91441700MA4UQ8RX3R',
  customsCode: '4417960B2C',
  cluster: 'yangjiang-knives',
  contactName: '林志强',
  contactPhone: '+86 662 3318 907',
  defaultCurrency: 'USD',
  approvedAt: '2026-11-28T02:14:09.512Z',
};
const account = { bankName: '中国工商银行阳江分行', accountName: 'Yangjiang Lifeng Knives & Scissors Co., Ltd.', accountNo: '2013 0042 1920 0318 556', swift: 'ICBKCNBJGDG', currency: 'USD' };

/**
 * `merchant` as version 0 stored it (main before issue 8: one `address`, bank accounts without
 * the English bank name or address), with the demo seed's profile as that version wrote it.
 */
export const merchantV0: SchemaFixture = {
  collection: 'merchant',
  version: 0,
  schema: {
    title: 'merchant',
    version: 0,
    primaryKey: 'id',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'updatedAt', 'name', 'uscc', 'cluster', 'defaultCurrency', 'bankAccounts'],
    encrypted: ['bankAccounts', 'contactPhone'],
    properties: {
      id: { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9_-]{1,40}$' },
      updatedAt: { type: 'string', maxLength: 32, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$' },
      name: { type: 'string', maxLength: 200 },
      nameEn: { type: 'string', maxLength: 200 },
      uscc: { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
      customsCode: { type: 'string', pattern: '^[0-9A-Z]{10}$' },
      cluster: { type: 'string', maxLength: 40 },
      address: { type: 'string', maxLength: 400 },
      contactName: { type: 'string', maxLength: 100 },
      contactPhone: { type: 'string', maxLength: 40 },
      defaultCurrency: { type: 'string', pattern: '^[A-Z]{3}$' },
      bankAccounts: {
        type: 'array',
        maxItems: 10,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['bankName', 'accountName', 'accountNo', 'currency'],
          properties: {
            bankName: { type: 'string', maxLength: 200 },
            accountName: { type: 'string', maxLength: 200 },
            accountNo: { type: 'string', maxLength: 64 },
            swift: { type: 'string', maxLength: 11 },
            currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          },
        },
      },
      approvedAt: { type: 'string', maxLength: 32, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$' },
    },
  },
  documents: [{ ...profileV0, address: '广东省阳江市江城区银岭科技产业园刀剪路 16 号', bankAccounts: [account] }],
  upgraded: [
    {
      ...profileV0,
      addressZh: '广东省阳江市江城区银岭科技产业园刀剪路 16 号',
      addressEn: '',
      contactEmail: '',
      portsOfLoading: [],
      bankAccounts: [{ ...account, bankNameEn: '', bankAddress: '' }],
    },
  ],
};
