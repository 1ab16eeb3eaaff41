import { isComposition, isFilled, type AttributeValue, type Attributes } from '../catalogue/attributes.ts';

type Scalar = string | number | boolean;

/** A rule's condition as data (resources/compliance/rules.json). */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { template: string[] }
  | { channel: string[] }
  /** Case-insensitive regular expression over the listing's title, bullets and description. */
  | { text: string }
  | AttributeCondition;

export interface AttributeCondition {
  attr: string;
  eq?: Scalar;
  in?: Scalar[];
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  /** A multi-choice attribute includes at least one of these. */
  hasAny?: string[];
  /** Case-insensitive regular expression: the text, or one item of a list, matches it. */
  matches?: string;
  /** Every fibre of a composition is one of these. */
  fibresWithin?: string[];
  /** A composition includes one of these fibres. */
  fibresInclude?: string[];
}

export interface ConditionSubject {
  template: string;
  channel: string;
  attributes: Attributes;
  text: string;
}

/**
 * Three-valued: a condition about an attribute nobody filled in is unknown, not false, so a rule
 * that might apply asks for the data instead of passing silently. `missing` names those attributes.
 */
export interface Truth {
  value: boolean | 'unknown';
  missing: string[];
}

const known = (value: boolean): Truth => ({ value, missing: [] });

function attributeTruth(condition: AttributeCondition, value: AttributeValue | undefined): Truth {
  if (!isFilled(value)) {
    // An unticked yes/no box means "no".
    if (typeof condition.eq === 'boolean') return known(false);
    return { value: 'unknown', missing: [condition.attr] };
  }
  const v = value as AttributeValue;
  const checks: boolean[] = [];
  if (condition.eq !== undefined) checks.push(v === condition.eq);
  if (condition.in) checks.push(condition.in.includes(v as Scalar));
  if (condition.gt !== undefined) checks.push(typeof v === 'number' && v > condition.gt);
  if (condition.gte !== undefined) checks.push(typeof v === 'number' && v >= condition.gte);
  if (condition.lt !== undefined) checks.push(typeof v === 'number' && v < condition.lt);
  if (condition.lte !== undefined) checks.push(typeof v === 'number' && v <= condition.lte);
  if (condition.hasAny) checks.push(Array.isArray(v) && v.some((item) => condition.hasAny!.includes(item as string)));
  if (condition.matches) {
    const pattern = new RegExp(condition.matches, 'iu');
    checks.push((Array.isArray(v) ? v : [v]).some((item) => typeof item === 'string' && pattern.test(item.trim())));
  }
  if (condition.fibresWithin) checks.push(isComposition(v) && v.every((share) => condition.fibresWithin!.includes(share.fibre)));
  if (condition.fibresInclude) checks.push(isComposition(v) && v.some((share) => condition.fibresInclude!.includes(share.fibre)));
  return known(checks.every(Boolean));
}

const templateMatches = (patterns: string[], template: string) => patterns.some((pattern) => (pattern.endsWith('.*') ? template.startsWith(pattern.slice(0, -1)) : pattern === template));

export function evaluateCondition(condition: Condition, subject: ConditionSubject): Truth {
  if ('all' in condition) {
    const parts = condition.all.map((part) => evaluateCondition(part, subject));
    if (parts.some((part) => part.value === false)) return known(false);
    const unknown = parts.filter((part) => part.value === 'unknown');
    return unknown.length ? { value: 'unknown', missing: unknown.flatMap((part) => part.missing) } : known(true);
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => evaluateCondition(part, subject));
    if (parts.some((part) => part.value === true)) return known(true);
    const unknown = parts.filter((part) => part.value === 'unknown');
    return unknown.length ? { value: 'unknown', missing: unknown.flatMap((part) => part.missing) } : known(false);
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, subject);
    return inner.value === 'unknown' ? inner : known(!inner.value);
  }
  if ('template' in condition) return known(templateMatches(condition.template, subject.template));
  if ('channel' in condition) return known(condition.channel.includes(subject.channel));
  if ('text' in condition) return known(new RegExp(condition.text, 'iu').test(subject.text));
  return attributeTruth(condition, subject.attributes[condition.attr]);
}
