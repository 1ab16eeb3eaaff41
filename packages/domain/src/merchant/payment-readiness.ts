import type { MerchantDoc } from '../collections/merchant.ts';

/** What a foreign buyer needs on a proforma to pay it, and may be missing from the profile. */
export type PaymentGap = 'nameEn' | 'addressEn' | 'bankAccount';

/**
 * What the profile lacks for a buyer to pay an order in `currency`: the English company name and
 * address (a foreign bank matches the beneficiary by them) and an account in that currency with
 * its SWIFT code. Empty when the proforma can go out.
 */
export function paymentGaps(merchant: Pick<MerchantDoc, 'nameEn' | 'addressEn' | 'bankAccounts'>, currency: string): PaymentGap[] {
  const gaps: PaymentGap[] = [];
  if (!merchant.nameEn.trim()) gaps.push('nameEn');
  if (!merchant.addressEn.trim()) gaps.push('addressEn');
  if (!merchant.bankAccounts.some((account) => account.currency === currency && account.accountNo.trim() && account.swift.trim())) gaps.push('bankAccount');
  return gaps;
}
