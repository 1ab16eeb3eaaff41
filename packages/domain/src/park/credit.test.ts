import { describe, expect, it } from 'vitest';
import { CREDIT_RULE, gradeMerchant, profileCompleteness, type MerchantCreditFacts } from './credit.ts';

const exemplary: MerchantCreditFacts = { verifiedRegistration: true, profileCompleteness: 90, rejectionRate: 0, complianceRefusals: 0, alertsOpen: 0, negativeListEntries: 0 };

describe('credit grading by the published rule', () => {
  it('gives A to a merchant meeting every requirement', () => {
    expect(gradeMerchant(CREDIT_RULE, exemplary)).toEqual({ grade: 'A', reasons: [{ code: 'meets_all', params: { grade: 'A' } }] });
  });

  it('names what kept a merchant from the better grade', () => {
    expect(gradeMerchant(CREDIT_RULE, { ...exemplary, rejectionRate: 0.1, alertsOpen: 1 })).toEqual({
      grade: 'B',
      reasons: [
        { code: 'rejection_rate', params: { value: 0.1, limit: 0.05, grade: 'A' } },
        { code: 'alerts_open', params: { value: 1, limit: 0, grade: 'A' } },
      ],
    });
    expect(gradeMerchant(CREDIT_RULE, { ...exemplary, verifiedRegistration: false }).grade).toBe('C');
  });

  it('puts a merchant on the negative list at D whatever else it does well', () => {
    expect(gradeMerchant(CREDIT_RULE, { ...exemplary, negativeListEntries: 1 })).toMatchObject({ grade: 'D', reasons: [{ code: 'negative_list', params: { grade: 'C' } }] });
  });

  it('measures how much of the profile is filled', () => {
    expect(profileCompleteness(null)).toBe(0);
    expect(profileCompleteness({ nameEn: 'Blade Co', addressEn: ' ', portsOfLoading: [], contactEmail: 'a@b.cn' })).toBe(20);
  });
});
