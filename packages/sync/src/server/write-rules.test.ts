import { describe, expect, it } from 'vitest';
import type { ReplicatedDoc } from '../protocol.ts';
import { checkDeviceWrite } from './write-rules.ts';

const now = '2026-03-01T08:00:00.000Z';
const product: ReplicatedDoc = { id: 'p1', updatedAt: now, name: '刀', sku: 'LF-1', hsCode: '8211920000', price: { amount: 650, currency: 'USD' }, variants: [], archived: false, _deleted: false };
const merchant: ReplicatedDoc = {
  id: 'profile',
  updatedAt: now,
  name: '利锋',
  uscc: '91441700MA4UQ8RX3R',
  cluster: 'yangjiang-knives',
  addressZh: '',
  addressEn: '',
  contactEmail: '',
  portsOfLoading: [],
  defaultCurrency: 'USD',
  bankAccounts: [],
  approvedAt: now,
  _deleted: false,
};
const notice: ReplicatedDoc = { id: 'n1', updatedAt: now, kind: 'announcement', severity: 'info', messageKey: 'notice.welcome', params: { park: 'x' }, createdAt: now, _deleted: false };

const order: ReplicatedDoc = {
  id: 'o1',
  updatedAt: now,
  number: 'YJ01-000001',
  status: 'quote',
  buyerName: 'Al Noor',
  channel: 'fair',
  currency: 'USD',
  incoterm: 'FOB',
  lines: [{ id: 'l1', productId: 'p1', sku: 'LF-1', name: '厨师刀', quantity: 10, unitPrice: 650 }],
  depositPercent: 30,
  payments: [],
  createdAt: now,
  _deleted: false,
};

const OWNER = 'merchant_owner' as const;

describe('checkDeviceWrite', () => {
  it('accepts a valid product, its edit and its deletion', () => {
    expect(checkDeviceWrite(OWNER, 'products', undefined, product)).toBeNull();
    expect(checkDeviceWrite(OWNER, 'products', product, { ...product, name: '新刀' })).toBeNull();
    expect(checkDeviceWrite(OWNER, 'products', product, { ...product, _deleted: true })).toBeNull();
  });

  it('refuses schema violations naming where', () => {
    expect(checkDeviceWrite(OWNER, 'products', undefined, { ...product, hsCode: '12' })).toEqual({ reason: 'schema', detail: expect.stringContaining('/hsCode') });
    expect(checkDeviceWrite(OWNER, 'products', product, { ...product, price: { amount: 1.5, currency: 'USD' } })).toEqual({ reason: 'schema', detail: expect.stringContaining('/price/amount') });
  });

  it('refuses every write to stock', () => {
    const stock: ReplicatedDoc = {
      id: 's1',
      updatedAt: now,
      sku: 'LF-1',
      warehouse: 'USWE',
      provider: 'goodcang',
      sellable: 1,
      reserved: 0,
      inbound: 0,
      pendingPutaway: 0,
      unsellable: 0,
      asOf: now,
      _deleted: false,
    };
    expect(checkDeviceWrite(OWNER, 'stock', undefined, stock)).toEqual({ reason: 'read_only_collection', detail: 'stock' });
    expect(checkDeviceWrite(OWNER, 'stock', stock, { ...stock, sellable: 2 })).toEqual({ reason: 'read_only_collection', detail: 'stock' });
  });

  it('keeps the merchant approval in the park administrator’s hands', () => {
    expect(checkDeviceWrite(OWNER, 'merchant', merchant, { ...merchant, contactName: '林' })).toBeNull();
    expect(checkDeviceWrite(OWNER, 'merchant', merchant, { ...merchant, approvedAt: '2027-01-01T00:00:00Z' })).toEqual({ reason: 'server_owned_field', detail: 'approvedAt' });
    const { approvedAt: _, ...unapproved } = merchant;
    expect(checkDeviceWrite(OWNER, 'merchant', undefined, { ...unapproved, id: 'other' } as ReplicatedDoc)).toEqual({ reason: 'not_device_made', detail: 'merchant' });
    expect(checkDeviceWrite(OWNER, 'merchant', undefined, { ...merchant, id: 'other' })).toEqual({ reason: 'not_device_made', detail: 'merchant' });
    expect(checkDeviceWrite(OWNER, 'merchant', merchant, { ...merchant, _deleted: true })).toEqual({ reason: 'not_deletable', detail: 'merchant' });
  });

  it('keeps a tombstone’s content: a delete changes nothing but the flag, a restore is an edit of the last live state', () => {
    const quote: ReplicatedDoc = { ...order, status: 'quote' };
    const deleted = { ...quote, _deleted: true, updatedAt: '2026-03-02T08:00:00.000Z' };
    expect(checkDeviceWrite(OWNER, 'orders', quote, deleted)).toBeNull();
    expect(checkDeviceWrite(OWNER, 'orders', quote, { ...deleted, number: 'YJ01-999999' })).toEqual({ reason: 'tombstone_content', detail: 'number' });
    expect(checkDeviceWrite(OWNER, 'orders', deleted, { ...deleted, status: 'completed' })).toEqual({ reason: 'tombstone_content', detail: 'status' });
    expect(checkDeviceWrite(OWNER, 'orders', deleted, { ...quote, _deleted: false })).toBeNull();
    expect(checkDeviceWrite(OWNER, 'orders', deleted, { ...quote, status: 'completed', _deleted: false })).toEqual({ reason: 'order_transition', detail: 'quote → completed' });
  });

  it('keeps orders past the quote, submitted filings and notices from being deleted; fair staff may not delete products', () => {
    const confirmed: ReplicatedDoc = { ...order, status: 'confirmed' };
    expect(checkDeviceWrite(OWNER, 'orders', confirmed, { ...confirmed, _deleted: true })).toEqual({ reason: 'order_not_deletable', detail: 'confirmed' });
    expect(checkDeviceWrite(OWNER, 'notices', notice, { ...notice, _deleted: true })).toEqual({ reason: 'not_deletable', detail: 'notices' });
    expect(checkDeviceWrite('merchant_staff', 'products', product, { ...product, _deleted: true })).toEqual({ reason: 'staff_forbidden_field', detail: '_deleted' });
    expect(checkDeviceWrite(OWNER, 'products', product, { ...product, _deleted: true })).toBeNull();
  });

  it('lets a device mark a notice read, and nothing else', () => {
    expect(checkDeviceWrite(OWNER, 'notices', notice, { ...notice, readAt: now, updatedAt: now })).toBeNull();
    expect(checkDeviceWrite(OWNER, 'notices', notice, { ...notice, params: { park: 'y' } })).toEqual({ reason: 'server_owned_field', detail: 'params' });
    expect(checkDeviceWrite(OWNER, 'notices', undefined, notice)).toEqual({ reason: 'not_device_made', detail: 'notices' });
  });

  it('applies the caller role: fair staff may edit the catalogue but not prices; park staff may not write merchant data', () => {
    expect(checkDeviceWrite('merchant_staff', 'products', product, { ...product, name: '展会改名' })).toBeNull();
    expect(checkDeviceWrite('merchant_staff', 'products', product, { ...product, price: { amount: 1, currency: 'USD' } })).toMatchObject({ reason: 'staff_forbidden_field', detail: 'price' });
    expect(checkDeviceWrite('park_admin', 'products', product, { ...product, name: 'x' })).toMatchObject({ reason: 'forbidden_role' });
  });
});
