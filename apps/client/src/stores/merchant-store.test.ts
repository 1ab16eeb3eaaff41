import { newMerchantProfile, type MerchantDoc } from '@tradewind/domain';
import { YANGJIANG_USD_ACCOUNT } from '@tradewind/domain/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editableProfile, InvalidProfileError, saveMerchantProfile } from './merchant-store.ts';
import { RoleRefusedError } from './role-guard.ts';
import { openTestStore, type TestStore } from './test-database.ts';

describe('saveMerchantProfile', () => {
  let store: TestStore;
  let approved: ReturnType<typeof newMerchantProfile>;
  beforeEach(async () => {
    store = await openTestStore();
    approved = newMerchantProfile({ name: '阳江市利锋刀剪制品有限公司', uscc: '91441700MA4UQ8RX3R', cluster: 'yangjiang-knives', contactName: '林志强' }, '2026-11-22T08:00:00.000Z');
    await store.db.merchant.insert(approved as MerchantDoc);
  });
  afterEach(() => store.close());

  it('the owner fills in the English name, addresses, bank account and logo; the registration stays', async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const saved = await saveMerchantProfile(store, 'merchant_owner', {
      ...editableProfile(approved),
      nameEn: 'Lifeng Co., Ltd.',
      addressEn: 'No. 16 Daojian Road',
      portsOfLoading: ['Shenzhen'],
      bankAccounts: [YANGJIANG_USD_ACCOUNT],
      logo,
    });
    expect(saved).toMatchObject({
      name: approved.name,
      uscc: approved.uscc,
      nameEn: 'Lifeng Co., Ltd.',
      addressEn: 'No. 16 Daojian Road',
      bankAccounts: [YANGJIANG_USD_ACCOUNT],
      logo,
      updatedAt: '2026-11-23T08:00:00.000Z',
    });
    const removed = await saveMerchantProfile(store, 'merchant_owner', { ...editableProfile(saved), logo: undefined });
    expect(removed).not.toHaveProperty('logo');
  });

  it('staff may correct the contact but not the bank accounts: refused before anything is saved', async () => {
    await expect(saveMerchantProfile(store, 'merchant_staff', { ...editableProfile(approved), contactPhone: '+86 662 1' })).resolves.toMatchObject({ contactPhone: '+86 662 1' });
    const attempt = saveMerchantProfile(store, 'merchant_staff', { ...editableProfile(approved), bankAccounts: [YANGJIANG_USD_ACCOUNT] });
    await expect(attempt).rejects.toThrow(RoleRefusedError);
    await expect(attempt).rejects.toMatchObject({ refusal: { reason: 'staff_forbidden_field', detail: 'bankAccounts' } });
    expect((await store.db.merchant.findOne('profile').exec())!.toJSON().bankAccounts).toEqual([]);
  });

  it('a customs code that is not 10 characters is refused with the field, and nothing changes', async () => {
    await expect(saveMerchantProfile(store, 'merchant_owner', { ...editableProfile(approved), customsCode: '4417' })).rejects.toEqual(new InvalidProfileError('/customsCode'));
    expect((await store.db.merchant.findOne('profile').exec())!.toJSON()).not.toHaveProperty('customsCode');
  });
});
