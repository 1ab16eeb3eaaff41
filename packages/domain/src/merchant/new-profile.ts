import type { MerchantDoc } from '../collections/merchant.ts';

/** What a park registration knows about the merchant. */
export interface RegisteredMerchant {
  name: string;
  uscc: string;
  cluster: string;
  contactName: string;
}

/** The merchant profile an approved registration starts with (id `profile`, US dollars, the rest for the merchant to fill in). */
export function newMerchantProfile(merchant: RegisteredMerchant, approvedAt: string): Omit<MerchantDoc, 'customsCode'> {
  return {
    id: 'profile',
    updatedAt: approvedAt,
    name: merchant.name,
    nameEn: '',
    uscc: merchant.uscc,
    cluster: merchant.cluster,
    addressZh: '',
    addressEn: '',
    contactName: merchant.contactName,
    contactPhone: '',
    contactEmail: '',
    defaultCurrency: 'USD',
    portsOfLoading: [],
    bankAccounts: [],
    approvedAt,
  };
}
