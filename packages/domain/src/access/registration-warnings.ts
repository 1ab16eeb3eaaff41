import { normalizeCompany } from '../buyers/duplicates.ts';

/** What the park should look at twice before approving a registration. */
export type RegistrationWarning = { kind: 'same_name' | 'similar_name'; merchant: string } | { kind: 'park_role'; field: 'username' | 'contactName' };

/** Chinese legal forms that do not tell two companies apart (利锋刀剪有限公司 is 利锋刀剪). */
const CHINESE_LEGAL_FORMS = /(股份有限公司|有限责任公司|有限公司|公司|厂)$/u;
/** Words that make an account look like the park's own staff. */
const PARK_ROLE = /park|admin|trainer|official|园区|管理员|管委会|培训|海关|平台/iu;

const companyKey = (name: string) => normalizeCompany(name.trim().replace(CHINESE_LEGAL_FORMS, '')).replace(/ /g, '');

/**
 * Why a registration might impersonate someone: a merchant of the same or a very similar name
 * (one contains the other), or a username or contact posing as park staff.
 */
export function registrationWarnings(candidate: { name: string; username: string; contactName: string }, merchants: readonly { name: string }[]): RegistrationWarning[] {
  const key = companyKey(candidate.name);
  const warnings: RegistrationWarning[] = [];
  for (const merchant of merchants) {
    const other = companyKey(merchant.name);
    if (!key || !other) continue;
    if (other === key) warnings.push({ kind: 'same_name', merchant: merchant.name });
    else if (Math.min(key.length, other.length) >= 4 && (other.includes(key) || key.includes(other))) warnings.push({ kind: 'similar_name', merchant: merchant.name });
  }
  for (const field of ['username', 'contactName'] as const) if (PARK_ROLE.test(candidate[field])) warnings.push({ kind: 'park_role', field });
  return warnings;
}
