import type { Attributes } from '../catalogue/attributes.ts';
import type { CategoryTemplate } from '../catalogue/templates.ts';
import { evaluateCondition } from './conditions.ts';

/**
 * What the rules read about a product: its attributes, the facts its template implies (a kitchen
 * knife has no opening mechanism) and the facts its attributes show (a girls' dress is a
 * children's product even when nobody ticked the box). A derived fact wins over an unticked box.
 */
export function productFacts(template: CategoryTemplate | undefined, attributes: Attributes): Attributes {
  if (!template) return attributes;
  const facts: Attributes = { ...template.facts, ...attributes };
  for (const derivation of template.derive) {
    if (evaluateCondition(derivation.when, { template: template.id, channel: '', attributes: facts, text: '' }).value === true) Object.assign(facts, derivation.set);
  }
  return facts;
}
