import ruleFile from '@tradewind/resources/park/credit-rule.json' with { type: 'json' };
import type { MerchantDoc } from '../collections/merchant.ts';
import { CREDIT_GRADES, type CreditGrade, type ParkParams } from './vocabulary.ts';

/** What a grade may require; absent: no requirement. */
export interface GradeRequirements {
  verifiedRegistration?: number;
  minProfileCompleteness?: number;
  maxRejectionRate?: number;
  maxComplianceRefusals?: number;
  maxAlertsOpen?: number;
  maxNegativeListEntries?: number;
}

/** The published grading rule (resources/park/credit-rule.json): grades from best to worst. */
export interface CreditRule {
  version: string;
  publishedAt: string;
  grades: { grade: CreditGrade; requires: GradeRequirements }[];
}

export interface MerchantCreditFacts {
  verifiedRegistration: boolean;
  profileCompleteness: number;
  rejectionRate: number | null;
  complianceRefusals: number;
  alertsOpen: number;
  negativeListEntries: number;
}

function checked(file: { version: string; publishedAt: string; grades: { grade: string; requires: GradeRequirements }[] }): CreditRule {
  const grades = file.grades.map(({ grade, requires }) => {
    if (!(CREDIT_GRADES as readonly string[]).includes(grade)) throw new Error(`Credit rule ${file.version}: unknown grade ${grade}`);
    return { grade: grade as CreditGrade, requires };
  });
  if (Object.keys(grades.at(-1)?.requires ?? { none: 1 }).length > 0) throw new Error(`Credit rule ${file.version}: the last grade must require nothing`);
  return { version: file.version, publishedAt: file.publishedAt, grades };
}

export const CREDIT_RULE: CreditRule = checked(ruleFile);

/** Each requirement unmet, as a reason (`park.credit.reason.<code>`) naming the figure and the limit. */
function unmet(requires: GradeRequirements, facts: MerchantCreditFacts): { code: string; params: ParkParams }[] {
  const reasons: { code: string; params: ParkParams }[] = [];
  const over = (code: string, value: number, limit: number | undefined) => {
    if (limit !== undefined && value > limit) reasons.push({ code, params: { value, limit } });
  };
  if (requires.verifiedRegistration && !facts.verifiedRegistration) reasons.push({ code: 'registration_not_verified', params: {} });
  if (requires.minProfileCompleteness !== undefined && facts.profileCompleteness < requires.minProfileCompleteness) {
    reasons.push({ code: 'profile_incomplete', params: { value: facts.profileCompleteness, limit: requires.minProfileCompleteness } });
  }
  over('rejection_rate', facts.rejectionRate ?? 0, requires.maxRejectionRate);
  over('compliance_refusals', facts.complianceRefusals, requires.maxComplianceRefusals);
  over('alerts_open', facts.alertsOpen, requires.maxAlertsOpen);
  over('negative_list', facts.negativeListEntries, requires.maxNegativeListEntries);
  return reasons;
}

/** The best grade whose requirements the merchant meets, and why it is not better (or `meets_all`). */
export function gradeMerchant(rule: CreditRule, facts: MerchantCreditFacts): { grade: CreditGrade; reasons: { code: string; params: ParkParams }[] } {
  const best = rule.grades[0]!.grade;
  for (const { grade, requires } of rule.grades) {
    if (unmet(requires, facts).length > 0) continue;
    if (grade === best) return { grade, reasons: [{ code: 'meets_all', params: { grade } }] };
    const better = rule.grades[rule.grades.findIndex((entry) => entry.grade === grade) - 1]!;
    return { grade, reasons: unmet(better.requires, facts).map((reason) => ({ ...reason, params: { ...reason.params, grade: better.grade } })) };
  }
  throw new Error(`Credit rule ${rule.version}: no grade without requirements`);
}

const PROFILE_FIELDS = ['nameEn', 'customsCode', 'addressZh', 'addressEn', 'contactName', 'contactPhone', 'contactEmail', 'portsOfLoading', 'bankAccounts', 'logo'] as const;

/** Percent of the profile's optional facts filled in (an empty text or list is not filled). */
export function profileCompleteness(profile: Partial<MerchantDoc> | null): number {
  if (!profile) return 0;
  const filled = PROFILE_FIELDS.filter((field) => {
    const value = profile[field];
    return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
  });
  return Math.round((filled.length / PROFILE_FIELDS.length) * 100);
}
