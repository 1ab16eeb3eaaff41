import { describe, expect, it } from 'vitest';
import { checkListing, evaluateCompliance, publishBlockers, type ComplianceSubject } from './evaluate.ts';
import { COMPLIANCE_RULES } from './rules.ts';
import { aListing, cottonShirt, evidence, lockBackFolder } from './test-listings.ts';

const today = '2026-11-23';
const subject = (fields: Partial<ComplianceSubject>): ComplianceSubject => ({ facts: lockBackFolder, market: 'GB', channel: 'own_site', text: '', evidence: {}, ...fields });
const outcomes = (s: ComplianceSubject, asOf = today) => Object.fromEntries(evaluateCompliance(s, asOf).map((f) => [f.rule.id, f.outcome]));

describe('compliance rules file', () => {
  it('has at least 25 rules, each with both languages and a source', () => {
    expect(COMPLIANCE_RULES.length).toBeGreaterThanOrEqual(25);
    for (const rule of COMPLIANCE_RULES) {
      expect(rule.title.zh && rule.title.en && rule.reason.zh && rule.reason.en && rule.source, rule.id).toBeTruthy();
    }
  });

  it('never blocks on a rule nobody has verified', () => {
    expect(COMPLIANCE_RULES.filter((rule) => rule.confidence === 'U' && rule.severity === 'block').map((rule) => rule.id)).toEqual([]);
  });
});

describe('a Yangjiang lock-back folding knife', () => {
  it('is blocked for the UK until age verification, parcel marking and age-verified delivery are in place', () => {
    const found = outcomes(subject({}));
    expect(found).toMatchObject({ 'UK-KN-04': 'block', 'UK-KN-05': 'block', 'UK-KN-06': 'block', 'UK-KN-07': 'warn' });
    expect(found['UK-KN-01']).toBeUndefined();
    const ukKn05 = evaluateCompliance(subject({}), today).find((f) => f.rule.id === 'UK-KN-05')!;
    expect(ukKn05.missingEvidence.map((e) => e.key)).toEqual(['uk_age_verification', 'uk_parcel_marking']);
  });

  it('clears a rule once its evidence is recorded, and only that rule', () => {
    const found = outcomes(subject({ evidence: evidence('uk_age_verification') }));
    expect(found).toMatchObject({ 'UK-KN-04': 'met', 'UK-KN-05': 'block', 'UK-KN-06': 'block' });
  });

  it('with automatic opening is a prohibited weapon in the UK, Germany and the US', () => {
    const automatic = { ...lockBackFolder, attributes: { ...lockBackFolder.attributes, opening: 'automatic' } };
    expect(outcomes(subject({ facts: automatic }))['UK-KN-01']).toBe('block');
    expect(outcomes(subject({ facts: automatic, market: 'DE' }))['DE-KN-01']).toBe('block');
    expect(outcomes(subject({ facts: automatic, market: 'US' }))['US-KN-01']).toBe('block');
    expect(outcomes(subject({ facts: automatic, market: 'FR' }))['FR-KN-02']).toBe('block');
    const prohibition = evaluateCompliance(subject({ facts: automatic }), today).find((f) => f.rule.id === 'UK-KN-01')!;
    expect(prohibition.missingEvidence).toEqual([]);
    expect(prohibition.rule.fix?.en).toMatch(/manual/);
  });

  it('a non-locking folder up to 76 mm is exempt from the UK age rule', () => {
    const pocketKnife = { ...lockBackFolder, attributes: { ...lockBackFolder.attributes, locking: 'none', bladeLengthMm: 70 } };
    expect(outcomes(subject({ facts: pocketKnife }))['UK-KN-04']).toBeUndefined();
  });

  it('asks for the attribute when it cannot tell whether a prohibition applies', () => {
    const { opening: _, ...attributes } = lockBackFolder.attributes;
    const finding = evaluateCompliance(subject({ facts: { ...lockBackFolder, attributes } }), today).find((f) => f.rule.id === 'UK-KN-01')!;
    expect(finding.outcome).toBe('block');
    expect(finding.missingAttributes).toEqual(['opening']);
  });

  it('blocks combat marketing and false carry claims in the UK', () => {
    expect(outcomes(subject({ text: 'Tactical combat folder' }))['UK-KN-08']).toBe('block');
    expect(outcomes(subject({ text: 'Perfect EDC knife' }))['UK-KN-09']).toBe('block');
  });

  it('needs permanent origin marking for the US, which a sticker is not', () => {
    expect(outcomes(subject({ market: 'US' }))['US-KN-03']).toBe('met');
    const sticker = { ...lockBackFolder, attributes: { ...lockBackFolder.attributes, originMarking: 'sticker' } };
    expect(outcomes(subject({ facts: sticker, market: 'US' }))['US-KN-03']).toBe('block');
  });
});

describe('a Shaoxing cotton shirt', () => {
  it('for the US needs fibre content, origin and care labelling', () => {
    const findings = evaluateCompliance(subject({ facts: cottonShirt, market: 'US' }), today);
    const byId = Object.fromEntries(findings.map((f) => [f.rule.id, f]));
    expect(byId['US-TX-01']!.outcome).toBe('block');
    expect(byId['US-TX-01']!.missingEvidence.map((e) => e.key)).toEqual(['us_rn_number', 'origin_on_label']);
    expect(byId['US-TX-02']!.outcome).toBe('block');
    expect(byId['US-TX-04']!.outcome).toBe('met');
    expect(byId['US-TX-08']!.outcome).toBe('block');
    const withoutCare = { ...cottonShirt, attributes: { ...cottonShirt.attributes, careInstructions: [] } };
    expect(outcomes(subject({ facts: withoutCare, market: 'US' }))['US-TX-04']).toBe('block');
    expect(outcomes(subject({ facts: cottonShirt, market: 'US', text: 'Imported. 100% cotton' }))['US-TX-02']).toBe('met');
  });

  it('for Germany needs the textile label in German and the GPSR responsible person', () => {
    const findings = evaluateCompliance(subject({ facts: cottonShirt, market: 'DE' }), today);
    const byId = Object.fromEntries(findings.map((f) => [f.rule.id, f]));
    expect(byId['EU-TX-01']!.missingEvidence.map((e) => e.key)).toEqual(['composition_in_listing']);
    expect(byId['EU-TX-02/DE']!.outcome).toBe('block');
    expect(byId['H-EU-01']!.missingEvidence.map((e) => e.key)).toEqual(['manufacturer_contact', 'eu_responsible_person', 'safety_warnings_local_language']);
    expect(byId['H-EU-04']!.outcome).toBe('block');
  });

  it('shows rules that start later as upcoming, and as binding from their date', () => {
    expect(outcomes(subject({ facts: cottonShirt, market: 'DE' }))['EU-TX-11']).toBe('upcoming');
    expect(outcomes(subject({ facts: cottonShirt, market: 'DE' }), '2028-01-01')['EU-TX-11']).toBe('block');
    const repellent = { ...cottonShirt, attributes: { ...cottonShirt.attributes, finish: ['water_repellent_pfas_free'] } };
    expect(outcomes(subject({ facts: repellent, market: 'DE' }), '2026-10-01')['EU-TX-05a']).toBe('upcoming');
    expect(outcomes(subject({ facts: repellent, market: 'DE' }), '2026-10-10')['EU-TX-05a']).toBe('block');
  });
});

describe('checkListing', () => {
  it('adds channel limits and reports what stops publishing', () => {
    const report = checkListing(aListing(lockBackFolder, { channel: 'alibaba', title: 'x'.repeat(129) }), today);
    expect(report.verdict).toBe('block');
    expect(publishBlockers(report)).toEqual(expect.arrayContaining(['UK-KN-04', 'channel:title_too_long']));
  });

  it('passes a compliant listing', () => {
    const report = checkListing(aListing(lockBackFolder, { market: 'US', title: 'LIFENG lock-back folding knife 3.5 inch' }), today);
    expect(report.findings.filter((f) => f.outcome === 'block')).toEqual([]);
    expect(['pass', 'warn']).toContain(report.verdict);
  });
});
