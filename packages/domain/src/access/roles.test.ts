import { describe, expect, it } from 'vitest';
import { can, mayChangeField, roleRefusal } from './roles.ts';

const product = { id: 'p1', price: { amount: 650, currency: 'USD' }, variants: [{ sku: 'A', price: { amount: 700, currency: 'USD' } }], name: '厨师刀' };
const merchant = { id: 'profile', bankAccounts: [{ accountNo: '123' }], name: '利锋' };

describe('what fair staff may do', () => {
  it('may rename a product but not change its base price or a variant price', () => {
    expect(roleRefusal('merchant_staff', 'products', product, { ...product, name: '主厨刀' })).toBeNull();
    expect(roleRefusal('merchant_staff', 'products', product, { ...product, price: { amount: 600, currency: 'USD' } })).toEqual({ reason: 'staff_forbidden_field', detail: 'price' });
    expect(roleRefusal('merchant_staff', 'products', product, { ...product, variants: [{ sku: 'A', price: { amount: 1, currency: 'USD' } }] })).toEqual({
      reason: 'staff_forbidden_field',
      detail: 'variants.price',
    });
  });

  it('may create a product with a price (capturing a new item at the fair)', () => {
    expect(roleRefusal('merchant_staff', 'products', undefined, product)).toBeNull();
  });

  it('may not touch bank details, but the owner may', () => {
    const changed = { ...merchant, bankAccounts: [{ accountNo: '999' }] };
    expect(roleRefusal('merchant_staff', 'merchant', merchant, changed)).toEqual({ reason: 'staff_forbidden_field', detail: 'bankAccounts' });
    expect(roleRefusal('merchant_owner', 'merchant', merchant, changed)).toBeNull();
  });

  it('may prepare filing drafts but not submit them', () => {
    const draft = { id: 'f1', status: 'draft' };
    expect(roleRefusal('merchant_staff', 'filings', undefined, draft)).toBeNull();
    expect(roleRefusal('merchant_staff', 'filings', draft, { ...draft, status: 'submitted' })).toEqual({ reason: 'staff_cannot_submit', detail: 'filings' });
    expect(roleRefusal('merchant_staff', 'filings', undefined, { ...draft, status: 'submitted' })).toEqual({ reason: 'staff_cannot_submit', detail: 'filings' });
    expect(roleRefusal('merchant_owner', 'filings', draft, { ...draft, status: 'submitted' })).toBeNull();
  });

  it('the fields the interface shows read-only are exactly the ones the platform refuses', () => {
    expect(mayChangeField('merchant_staff', 'products', 'price')).toBe(false);
    expect(mayChangeField('merchant_staff', 'products', 'priceTiers')).toBe(false);
    expect(mayChangeField('merchant_staff', 'products', 'variants.price')).toBe(false);
    expect(mayChangeField('merchant_staff', 'products', 'name')).toBe(true);
    expect(mayChangeField('merchant_staff', 'merchant', 'bankAccounts')).toBe(false);
    expect(mayChangeField('merchant_staff', 'merchant', 'nameEn')).toBe(true);
    expect(mayChangeField('merchant_owner', 'products', 'price')).toBe(true);
    expect(mayChangeField('merchant_owner', 'products', 'variants.price')).toBe(true);
    expect(roleRefusal('merchant_staff', 'products', product, { ...product, priceTiers: [] })).toEqual({ reason: 'staff_forbidden_field', detail: 'priceTiers' });
  });

  it('matches what the interface offers', () => {
    expect(can('merchant_staff', 'submitFilings')).toBe(false);
    expect(can('merchant_owner', 'submitFilings')).toBe(true);
    expect(can('merchant_staff', 'manageDevices')).toBe(false);
    expect(can('merchant_staff', 'manageWarehouseAccounts')).toBe(false);
    expect(can('merchant_owner', 'manageWarehouseAccounts')).toBe(true);
    expect(can('student', 'manageDevices')).toBe(true);
    expect(can('park_admin', 'manageDevices')).toBe(false);
    expect(can('trainer', 'submitFilings')).toBe(false);
  });
});

describe('accounts without merchant data', () => {
  it('cannot write merchant documents at all', () => {
    expect(roleRefusal('park_admin', 'products', undefined, product)).toEqual({ reason: 'forbidden_role', detail: 'park_admin' });
    expect(roleRefusal('trainer', 'orders', undefined, { id: 'o1' })).toEqual({ reason: 'forbidden_role', detail: 'trainer' });
  });
});
