import { describe, expect, it } from 'vitest';
import { NONE, type AttributeValue, type Attributes } from '../catalogue/attributes.ts';
import { MARKET_CODES } from '../catalogue/markets.ts';
import { TEMPLATES, type AttributeDefinition, type CategoryTemplate } from '../catalogue/templates.ts';
import { evaluateCondition, type AttributeCondition, type Condition } from './conditions.ts';
import { evaluateCompliance } from './evaluate.ts';
import { COMPLIANCE_RULES, type ComplianceRule } from './rules.ts';

/**
 * The rules and the templates are separate data files; these properties hold for every pair, so a
 * rule can never ask a seller for something the product form does not offer.
 */
/** A part of a condition the template alone settles: a template test, or a comparison with one of its facts. */
function settled(part: Condition, template: CategoryTemplate): boolean | undefined {
  if (!('template' in part) && !('attr' in part && part.attr in template.facts)) return undefined;
  return evaluateCondition(part, { template: template.id, channel: '', attributes: template.facts, text: '' }).value === true;
}

/** The attribute comparisons a condition makes for products of this template (branches the template settles are skipped). */
function comparisons(condition: Condition, template: CategoryTemplate): AttributeCondition[] {
  if ('all' in condition) return condition.all.some((part) => settled(part, template) === false) ? [] : condition.all.flatMap((part) => comparisons(part, template));
  if ('any' in condition) return condition.any.some((part) => settled(part, template) === true) ? [] : condition.any.flatMap((part) => comparisons(part, template));
  if ('not' in condition) return comparisons(condition.not, template);
  return 'attr' in condition ? [condition] : [];
}

const headingsOverlap = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
const mayApply = (rule: ComplianceRule, template: CategoryTemplate) =>
  (!rule.scope.templates || rule.scope.templates.includes(template.id)) && (!rule.scope.hs || template.hs.some((heading) => rule.scope.hs!.some((prefix) => headingsOverlap(heading, prefix))));
const pairs = TEMPLATES.flatMap((template) => COMPLIANCE_RULES.filter((rule) => mayApply(rule, template)).map((rule) => [`${template.id} × ${rule.id}`, template, rule] as const));

/** Why a comparison cannot be answered from the template: the attribute or a compared value is not there. */
function comparisonProblem(comparison: AttributeCondition, template: CategoryTemplate): string | null {
  if (comparison.attr in template.facts) return null;
  const definition = template.attributes.find((attribute) => attribute.key === comparison.attr);
  if (!definition) return `${comparison.attr} is neither an attribute nor a fact of the template`;
  const values = [comparison.eq, ...(comparison.in ?? []), ...(comparison.hasAny ?? [])].filter((value) => value !== undefined);
  const options = new Set(definition.options?.map((option) => option.value));
  const wrong = values.find((value) => (definition.type === 'boolean' ? typeof value !== 'boolean' : definition.type === 'number' ? typeof value !== 'number' : !options.has(String(value))));
  if (wrong !== undefined) return `${comparison.attr} cannot take ${JSON.stringify(wrong)}`;
  const numeric = [comparison.gt, comparison.gte, comparison.lt, comparison.lte].some((bound) => bound !== undefined);
  if (numeric && definition.type !== 'number') return `${comparison.attr} is not a number`;
  if ((comparison.fibresWithin || comparison.fibresInclude) && definition.type !== 'composition') return `${comparison.attr} is not a composition`;
  if (comparison.hasAny && !options.has(NONE)) return `${comparison.attr} has no "${NONE}" choice, so a product with none of them cannot say so`;
  return null;
}

/** A product of the template with every attribute answered, for each way of answering one choice. */
function answeredProducts(template: CategoryTemplate): Attributes[] {
  const first = (definition: AttributeDefinition): AttributeValue => {
    switch (definition.type) {
      case 'number':
        return definition.min ?? 1;
      case 'boolean':
        return false;
      case 'enum':
        return definition.options![0]!.value;
      case 'multi':
        return [definition.options![0]!.value];
      case 'list':
        return ['M'];
      case 'composition':
        return [{ fibre: 'cotton', percent: 100 }];
      case 'text':
        return 'x';
    }
  };
  const base = Object.fromEntries(template.attributes.map((definition) => [definition.key, first(definition)]));
  return [
    base,
    ...template.attributes.flatMap((definition) => (definition.options ?? []).map((option) => ({ ...base, [definition.key]: definition.type === 'multi' ? [option.value] : option.value }))),
  ];
}

describe.each(pairs)('%s', (_, template, rule) => {
  it("decides the rule's condition from the template's attributes and facts", () => {
    expect((rule.when ? comparisons(rule.when, template) : []).map((comparison) => comparisonProblem(comparison, template)).filter(Boolean)).toEqual([]);
  });

  it('covers every HS heading the template offers once it covers one', () => {
    if (!rule.scope.hs) return;
    const covered = template.hs.filter((heading) => rule.scope.hs!.some((prefix) => heading.startsWith(prefix)));
    if (covered.length > 0) expect(covered).toEqual(template.hs);
  });
});

describe.each(TEMPLATES.map((template) => [template.id, template] as const))('a fully described %s product', (_, template) => {
  it('is never asked for more data by any rule in any market', () => {
    for (const attributes of answeredProducts(template)) {
      for (const heading of template.hs) {
        const facts = {
          hsCode: heading.padEnd(10, '0'),
          category: template.id,
          origin: 'CN',
          brand: 'B',
          attributes,
          evidence: {},
          imageCount: 1,
          hasBarcode: true,
          hasWeight: true,
          hasDimensions: true,
        };
        for (const market of MARKET_CODES) {
          const asked = evaluateCompliance({ facts, market, channel: 'amazon', text: '', evidence: {} }, '2026-11-23').filter((finding) => finding.missingAttributes.length > 0);
          expect(asked.map((finding) => `${market} ${finding.rule.id}: ${finding.missingAttributes.join(', ')}`)).toEqual([]);
        }
      }
    }
  });
});
