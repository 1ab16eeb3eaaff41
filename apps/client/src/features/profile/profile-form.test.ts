import { newMerchantProfile } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { editableProfile } from '../../stores/merchant-store.ts';
import { profileFieldsOf } from './profile-form.ts';

describe('profileFieldsOf', () => {
  it('saves what the merchant typed trimmed, with the SWIFT and customs codes in capitals', () => {
    const fields = profileFieldsOf({
      nameEn: ' Lifeng Co., Ltd. ',
      customsCode: '4417960b2c',
      portsOfLoading: ['Shenzhen ', ' '],
      bankAccounts: [{ bankName: '工行', bankNameEn: 'ICBC', bankAddress: 'Yangjiang', accountName: 'Lifeng', accountNo: ' 2013 0042 ', swift: 'icbkcnbjgdg', currency: 'USD' }],
    });
    expect(fields).toMatchObject({ nameEn: 'Lifeng Co., Ltd.', customsCode: '4417960B2C', portsOfLoading: ['Shenzhen'], addressEn: '', defaultCurrency: 'USD' });
    expect(fields.bankAccounts[0]).toMatchObject({ accountNo: '2013 0042', swift: 'ICBKCNBJGDG' });
  });

  it('a cleared customs code or logo leaves the profile instead of being stored empty', () => {
    expect(profileFieldsOf({ customsCode: ' ', logo: '' })).toMatchObject({ customsCode: undefined, logo: undefined });
  });

  it('starts from the stored profile without the park-owned registration', () => {
    const values = editableProfile(newMerchantProfile({ name: '利锋', uscc: '91441700MA4UQ8RX3R', cluster: 'yangjiang-knives', contactName: '林' }, '2026-11-22T08:00:00.000Z'));
    expect(values).not.toHaveProperty('name');
    expect(values).not.toHaveProperty('uscc');
    expect(values).toMatchObject({ contactName: '林', bankAccounts: [] });
  });
});
