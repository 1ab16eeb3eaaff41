import type { BankAccount } from '@tradewind/domain';
import type { MerchantProfileFields } from '../../stores/merchant-store.ts';

/** What the profile form holds: the editable fields, with antd's undefined for an untouched input. */
export type ProfileFormValues = { [K in keyof MerchantProfileFields]?: MerchantProfileFields[K] };

const clean = (value: string | undefined) => (value ?? '').trim();

const cleanAccount = (account: Partial<BankAccount>): BankAccount => ({
  bankName: clean(account.bankName),
  bankNameEn: clean(account.bankNameEn),
  bankAddress: clean(account.bankAddress),
  accountName: clean(account.accountName),
  accountNo: clean(account.accountNo),
  swift: clean(account.swift).toUpperCase(),
  currency: account.currency ?? 'USD',
});

/** The profile fields the form's values save as: trimmed, SWIFT in capitals, empty ports dropped, no customs code when blank. */
export function profileFieldsOf(values: ProfileFormValues): MerchantProfileFields {
  const customsCode = clean(values.customsCode).toUpperCase();
  return {
    nameEn: clean(values.nameEn),
    addressZh: clean(values.addressZh),
    addressEn: clean(values.addressEn),
    contactName: clean(values.contactName),
    contactPhone: clean(values.contactPhone),
    contactEmail: clean(values.contactEmail),
    customsCode: customsCode || undefined,
    defaultCurrency: values.defaultCurrency ?? 'USD',
    portsOfLoading: (values.portsOfLoading ?? []).map(clean).filter(Boolean),
    bankAccounts: (values.bankAccounts ?? []).map(cleanAccount),
    logo: values.logo || undefined,
  };
}
