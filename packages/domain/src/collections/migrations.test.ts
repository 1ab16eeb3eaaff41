import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate.ts';
import { COLLECTION_NAMES, migrationStrategies, schemaVersion, upgradeDocument } from './index.ts';
import { stockToV1, type StockDocV0 } from './stock.ts';

const v0Row: StockDocV0 = {
  id: '019a0000-0000-7000-8000-000000000001',
  updatedAt: '2026-11-20T08:30:00.000Z',
  sku: 'LF-CH8-G10',
  productId: '',
  warehouse: 'US-LAX 谷仓洛杉矶 1 号仓',
  onHand: 1240,
  reserved: 180,
  inbound: 600,
};

describe('schema versions', () => {
  it('every collection above version 0 has one migration step per version', () => {
    for (const name of COLLECTION_NAMES) {
      const steps = Object.keys(migrationStrategies(name))
        .map(Number)
        .sort((a, b) => a - b);
      expect(steps, name).toEqual(Array.from({ length: schemaVersion(name) }, (_, i) => i + 1));
    }
  });

  it('stock v0 → v1: unreserved units on hand become sellable, the rest of the row is kept', () => {
    const upgraded = stockToV1(v0Row);
    expect(upgraded).toEqual({
      id: v0Row.id,
      updatedAt: v0Row.updatedAt,
      sku: 'LF-CH8-G10',
      productId: '',
      warehouse: 'US-LAX 谷仓洛杉矶 1 号仓',
      provider: 'other',
      sellable: 1060,
      reserved: 180,
      inbound: 600,
      pendingPutaway: 0,
      unsellable: 0,
      asOf: v0Row.updatedAt,
    });
    expect(validateDocument('stock', upgraded)).toBeNull();
  });

  it('stock v0 → v1: more reserved than on hand leaves nothing sellable, never a negative figure', () => {
    expect(stockToV1({ ...v0Row, onHand: 20, reserved: 35 }).sellable).toBe(0);
  });

  it('upgradeDocument runs the steps from the stored version to the current one', () => {
    expect(upgradeDocument('stock', { ...v0Row }, 0)).toEqual(stockToV1(v0Row));
    expect(upgradeDocument('stock', stockToV1(v0Row) as never, 1)).toEqual(stockToV1(v0Row));
    expect(() => upgradeDocument('products', {}, 0, 1)).toThrow('Collection "products" has no migration to schema version 1');
  });

  it('a v0 stock row no longer passes the current schema (so a stale shape is never stored)', () => {
    expect(validateDocument('stock', v0Row)).toEqual({ path: '/', message: "must have required property 'provider'" });
  });
});

describe('merchant v0 → v1', () => {
  const v0 = {
    id: 'profile',
    updatedAt: '2026-11-23T08:00:00.000Z',
    name: '阳江市利锋刀剪制品有限公司',
    nameEn: '',
    uscc: '91441700MA4UQ8RX3R',
    cluster: 'yangjiang-knives',
    address: '广东省阳江市江城区刀剪路 16 号',
    contactName: '林志强',
    contactPhone: '+86 662 3318 907',
    defaultCurrency: 'USD',
    bankAccounts: [{ bankName: '中国工商银行阳江分行', accountName: 'Lifeng', accountNo: '2013 0042', currency: 'USD' }],
  };

  it('moves the one address into the Chinese address and leaves the English forms for the merchant', () => {
    const upgraded = upgradeDocument('merchant', v0, 0);
    expect(upgraded).toMatchObject({ addressZh: v0.address, addressEn: '', contactEmail: '', portsOfLoading: [] });
    expect(upgraded).not.toHaveProperty('address');
    expect(upgraded.bankAccounts).toEqual([{ ...v0.bankAccounts[0], swift: '', bankNameEn: '', bankAddress: '' }]);
    expect(validateDocument('merchant', upgraded)).toBeNull();
  });
});
