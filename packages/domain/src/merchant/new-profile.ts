import type { MerchantDoc } from '../collections/merchant.ts';

/** What a park registration knows about the merchant. */
export interface RegisteredMerchant {
  name: string;
  uscc: string;
  cluster: string;
  contactName: string;
}

/** The merchant profile an approved registration starts with (id `profile`, US dollars, no bank accounts yet). */
export function newMerchantProfile(merchant: RegisteredMerchant, approvedAt: string): Omit<MerchantDoc, 'customsCode' | 'address' | 'contactPhone'> {
  return {
    id: 'profile',
    updatedAt: approvedAt,
    name: merchant.name,
    nameEn: '',
    uscc: merchant.uscc,
    cluster: merchant.cluster,
    contactName: merchant.contactName,
    defaultCurrency: 'USD',
    bankAccounts: [],
    approvedAt,
  };
}
