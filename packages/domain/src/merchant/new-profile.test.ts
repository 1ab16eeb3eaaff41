import { describe, expect, it } from 'vitest';
import { validateDocument } from '../validate.ts';
import { newMerchantProfile } from './new-profile.ts';

describe('newMerchantProfile', () => {
  it('makes the approved profile document, valid against the merchant schema', () => {
    const profile = newMerchantProfile({ name: '阳江利锋刀具有限公司', uscc: '91441700MA4UQ8RX3R', cluster: 'yangjiang-knives', contactName: '陈利锋' }, '2026-11-23T08:00:00.000Z');
    expect(profile).toMatchObject({ id: 'profile', approvedAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z', defaultCurrency: 'USD', bankAccounts: [] });
    expect(validateDocument('merchant', profile)).toBeNull();
  });
});
