import { readFileSync } from 'node:fs';
import { resourceUrl } from '@tradewind/resources';
import { describe, expect, it } from 'vitest';
import { validateAttributes } from '../catalogue/attributes.ts';
import { templateById } from '../catalogue/templates.ts';
import type { ProductDoc } from '../collections/products.ts';
import { evaluateCompliance, type ComplianceSubject } from './evaluate.ts';
import { listingFactsOf, type ListingFacts } from './facts.ts';
import { productFacts } from './product-facts.ts';
import { cottonShirt, evidence, lockBackFolder } from './test-listings.ts';

const today = '2026-12-01';
const demo = JSON.parse(readFileSync(resourceUrl('demo-park/yangjiang-knives.json'), 'utf8')) as { products: Omit<ProductDoc, 'id' | 'updatedAt' | 'archived'>[] };
const chefKnife = listingFactsOf({ id: 'demo-LF-CH8', updatedAt: '2026-11-23T08:00:00.000Z', archived: false, ...demo.products.find((product) => product.sku === 'LF-CH8')! });
const findings = (facts: ListingFacts, market: string, fields: Partial<ComplianceSubject> = {}) => evaluateCompliance({ facts, market, channel: 'amazon', text: '', evidence: {}, ...fields }, today);
const blockers = (facts: ListingFacts, market: string, fields: Partial<ComplianceSubject> = {}) => findings(facts, market, fields).filter((finding) => finding.outcome === 'block');

describe('the LF-CH8 chef knife (a fixed blade) on Amazon', () => {
  it.each(['US', 'GB', 'DE'])('in %s is never asked for an opening mechanism and meets no prohibition', (market) => {
    const found = findings(chefKnife, market);
    expect(found.flatMap((finding) => finding.missingAttributes)).toEqual([]);
    expect(found.filter((finding) => finding.rule.requires.length === 0 && finding.outcome === 'block').map((finding) => finding.rule.id)).toEqual([]);
  });

  it.each(['US', 'GB', 'DE'])('in %s can be published once the evidence the market asks for is recorded', (market) => {
    const asked = blockers(chefKnife, market)
      .flatMap((finding) => finding.missingEvidence)
      .filter((definition) => definition.scope === 'listing' || definition.scope === 'product');
    const supplied = evidence(...new Set(asked.map((definition) => definition.key)));
    const facts = { ...chefKnife, evidence: supplied };
    expect(
      blockers(facts, market, { evidence: supplied })
        .filter((finding) => finding.missingEvidence.some((definition) => definition.scope !== 'images'))
        .map((finding) => finding.rule.id),
    ).toEqual([]);
  });

  it('needs the UK age verification, as every knife sold at a distance does', () => {
    expect(blockers(chefKnife, 'GB').map((finding) => finding.rule.id)).toEqual(expect.arrayContaining(['UK-KN-04', 'UK-KN-05', 'UK-KN-06']));
  });

  it('filed under 9307 meets the same knife rules as under 8211', () => {
    const outdoor = { ...chefKnife, category: 'knives.outdoor', attributes: { bladeLengthMm: 150, edge: 'plain', edges: 'single' } };
    const rulesUnder = (hsCode: string) => findings({ ...outdoor, hsCode }, 'US').map((finding) => finding.rule.id);
    expect(rulesUnder('9307000000')).toEqual(rulesUnder('8211920000'));
  });
});

describe('a locking folding knife', () => {
  it('still needs the UK age-verification evidence', () => {
    const ukKn04 = findings(lockBackFolder, 'GB').find((finding) => finding.rule.id === 'UK-KN-04')!;
    expect(ukKn04.outcome).toBe('block');
    expect(ukKn04.missingEvidence.map((definition) => definition.key)).toEqual(['uk_age_verification']);
  });
});

describe('derived facts', () => {
  const garment = templateById('textiles.garment')!;

  it("make a garment in a children's size or for girls a children's product", () => {
    expect(productFacts(garment, { sizes: ['110', '120'] }).childrens).toBe(true);
    expect(productFacts(garment, { sizes: ['4T'] }).childrens).toBe(true);
    expect(productFacts(garment, { sizes: ['3-4Y'], childrens: false }).childrens).toBe(true);
    expect(productFacts(garment, { gender: 'girls' }).childrens).toBe(true);
    expect(productFacts(garment, { sizes: ['S', 'M', 'XL'], gender: 'women' }).childrens).toBeUndefined();
  });

  it("hold a US children's garment to CPSIA even when nobody ticked the box", () => {
    const kidsShirt = { ...cottonShirt, attributes: { ...cottonShirt.attributes, gender: 'boys', sizes: ['110'] } };
    expect(findings(kidsShirt, 'US').map((finding) => finding.rule.id)).toEqual(expect.arrayContaining(['US-TX-06', 'H-US-03']));
  });

  it("tell hood drawstrings, prohibited on children's wear, from waist drawstrings", () => {
    const kidsHoodie = (drawstrings: string) => ({ ...cottonShirt, attributes: { ...cottonShirt.attributes, gender: 'girls', drawstrings } });
    expect(findings(kidsHoodie('hood_neck'), 'US').find((finding) => finding.rule.id === 'US-TX-06/drawstrings')?.outcome).toBe('block');
    expect(findings(kidsHoodie('waist_hem'), 'US').some((finding) => finding.rule.id === 'US-TX-06/drawstrings')).toBe(false);
    expect(
      findings(kidsHoodie('waist_hem'), 'US')
        .find((finding) => finding.rule.id === 'US-TX-06/waist')
        ?.missingEvidence.map((definition) => definition.key),
    ).toEqual(['waist_drawstring_check']);
    expect(findings(kidsHoodie('none'), 'US').some((finding) => finding.rule.id.startsWith('US-TX-06/'))).toBe(false);
    const unstated = { ...cottonShirt, attributes: { ...cottonShirt.attributes, gender: 'girls' } };
    expect(findings(unstated, 'US').find((finding) => finding.rule.id === 'US-TX-06/drawstrings')?.missingAttributes).toEqual(['drawstrings']);
  });

  it('let a fabric with no treatment say so, and that answer stands alone', () => {
    const asked = (finish: string[]) => findings({ ...cottonShirt, attributes: { ...cottonShirt.attributes, finish } }, 'US').flatMap((finding) => finding.missingAttributes);
    expect(asked([])).toContain('finish');
    expect(asked(['none'])).not.toContain('finish');
    expect(validateAttributes(templateById('textiles.garment')!, { finish: ['none', 'anti_uv'] })).toEqual([{ key: 'finish', code: 'none_with_others' }]);
  });
});
