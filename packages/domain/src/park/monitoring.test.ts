import { describe, expect, it } from 'vitest';
import { evaluateMonitoring, nextAlertState, type MonitoringFacts } from './monitoring.ts';
import { MONITORING_RULES, rulesInForce } from './monitoring-rules.ts';

const none: MonitoringFacts = { asOf: '2026-11-28', declaredLines: [], monthlyValueUsd: [], rejections: [], complianceRefusals: [] };
const rules = rulesInForce(MONITORING_RULES, none.asOf);
const kindsFor = (facts: Partial<MonitoringFacts>) => evaluateMonitoring(rules, { ...none, ...facts }).map((finding) => [finding.kind, finding.tenantId, finding.subject]);

describe('park monitoring rules', () => {
  it('are published data in force from their date', () => {
    expect(rules.map((rule) => rule.kind).sort()).toEqual(['compliance_refusals', 'forex_threshold', 'price_outlier', 'repeated_rejections', 'volume_jump']);
    expect(rulesInForce(MONITORING_RULES, '2025-12-31')).toEqual([]);
  });

  it('flags a unit price far from the park median for its HS code, not one near it', () => {
    const lines = (tenantId: string, ...prices: number[]) => prices.map((unitPriceUsd) => ({ tenantId, hsCode: '8211910000', unitPriceUsd }));
    expect(kindsFor({ declaredLines: [...lines('a', 650, 700), ...lines('b', 620), ...lines('cheap', 150)] })).toEqual([['price_outlier', 'cheap', 'hs:8211910000']]);
    expect(kindsFor({ declaredLines: [...lines('a', 650, 700), ...lines('b', 620), ...lines('c', 400)] })).toEqual([]);
    // Too few declarations of the code to know its median.
    expect(kindsFor({ declaredLines: [...lines('a', 650), ...lines('cheap', 10)] })).toEqual([]);
  });

  it('flags a sudden jump in a merchant’s monthly volume, not steady growth or a small amount', () => {
    const months = (tenantId: string, ...values: number[]) => ['2026-08', '2026-09', '2026-10', '2026-11'].map((month, index) => ({ tenantId, month, valueUsd: values[index]! }));
    expect(kindsFor({ monthlyValueUsd: months('jump', 400_000, 500_000, 600_000, 5_000_000) })).toEqual([['volume_jump', 'jump', 'month:2026-11']]);
    expect(kindsFor({ monthlyValueUsd: months('steady', 400_000, 500_000, 600_000, 900_000) })).toEqual([]);
    expect(kindsFor({ monthlyValueUsd: months('small', 0, 0, 1000, 900_000) })).toEqual([]);
  });

  it('flags repeated customs rejections and compliance refusals within the window only', () => {
    const events = (tenantId: string, ...days: string[]) => days.map((day) => ({ tenantId, at: `2026-${day}T08:00:00.000Z` }));
    expect(kindsFor({ rejections: events('r', '11-02', '11-20', '11-27') })).toEqual([['repeated_rejections', 'r', 'through:2026-11-27T08:00:00.000Z']]);
    expect(kindsFor({ rejections: events('r', '09-02', '11-20', '11-27') })).toEqual([]);
    expect(kindsFor({ complianceRefusals: events('c', '11-25', '11-26', '11-27') })).toEqual([['compliance_refusals', 'c', 'through:2026-11-27T08:00:00.000Z']]);
    expect(kindsFor({ complianceRefusals: events('c', '11-25', '11-26') })).toEqual([]);
  });

  it('finds the same evidence again on a later day (one alert), and new evidence once another event comes', () => {
    const rejections = ['11-02', '11-20', '11-27'].map((day) => ({ tenantId: 'r', at: `2026-${day}T08:00:00.000Z` }));
    const subjectOn = (asOf: string, events = rejections) => evaluateMonitoring(rulesInForce(MONITORING_RULES, asOf), { ...none, asOf, rejections: events }).map((finding) => finding.subject);
    expect(subjectOn('2026-11-29')).toEqual(subjectOn('2026-11-28'));
    expect(subjectOn('2026-11-30', [...rejections, { tenantId: 'r', at: '2026-11-30T07:00:00.000Z' }])).toEqual(['through:2026-11-30T07:00:00.000Z']);
  });

  it('flags a merchant nearing the USD 200,000 annual forex threshold, counting only this year', () => {
    expect(
      kindsFor({
        monthlyValueUsd: [
          { tenantId: 'near', month: '2026-03', valueUsd: 8_000_000 },
          { tenantId: 'near', month: '2026-09', valueUsd: 8_500_000 },
        ],
      }),
    ).toEqual([['forex_threshold', 'near', 'year:2026']]);
    expect(
      kindsFor({
        monthlyValueUsd: [
          { tenantId: 'far', month: '2025-12', valueUsd: 15_000_000 },
          { tenantId: 'far', month: '2026-01', valueUsd: 1_000_000 },
        ],
      }),
    ).toEqual([]);
  });

  it('gives each finding its evidence', () => {
    const [finding] = evaluateMonitoring(rules, { ...none, monthlyValueUsd: [{ tenantId: 'near', month: '2026-05', valueUsd: 19_000_000 }] });
    expect(finding).toMatchObject({ ruleId: 'MON-FOREX-01', severity: 'low', evidence: { year: '2026', valueUsd: 19_000_000, thresholdUsd: 20_000_000, share: 95 } });
  });

  it('moves alerts one step at a time through the workflow', () => {
    expect([nextAlertState('open'), nextAlertState('assessed'), nextAlertState('handled'), nextAlertState('reviewed')]).toEqual(['assessed', 'handled', 'reviewed', null]);
  });
});
