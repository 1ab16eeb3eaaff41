import { FIBRES, type AttributeDefinition, type CategoryTemplate } from './templates.ts';

export interface FibreShare {
  fibre: string;
  percent: number;
}

export type AttributeValue = string | number | boolean | string[] | FibreShare[];
export type Attributes = Record<string, AttributeValue>;

/** Why an attribute value is not acceptable; `code` is a translation key suffix, `params` fill it. */
export interface AttributeProblem {
  key: string;
  code: 'unknown' | 'required' | 'type' | 'min' | 'max' | 'integer' | 'too_long' | 'option' | 'composition_total' | 'composition_fibre' | 'composition_duplicate' | 'none_with_others';
  params?: Record<string, string | number>;
}

/** The choice that says "none of these" (a finish of "no treatment"); it stands alone. */
export const NONE = 'none';

const FIBRE_VALUES = new Set(FIBRES.map((fibre) => fibre.value));

export function isComposition(value: unknown): value is FibreShare[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof (item as FibreShare).fibre === 'string' && typeof (item as FibreShare).percent === 'number');
}

export function compositionTotal(shares: FibreShare[]): number {
  return Math.round(shares.reduce((sum, share) => sum + share.percent, 0) * 100) / 100;
}

/** Whether a value counts as filled in: empty strings, lists and compositions do not. */
export function isFilled(value: AttributeValue | undefined): boolean {
  if (value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function checkValue(definition: AttributeDefinition, value: AttributeValue): AttributeProblem | null {
  const { key } = definition;
  const options = new Set(definition.options?.map((option) => option.value));
  switch (definition.type) {
    case 'text':
      if (typeof value !== 'string') return { key, code: 'type' };
      return value.length > (definition.maxLength ?? 500) ? { key, code: 'too_long', params: { max: definition.maxLength ?? 500 } } : null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { key, code: 'type' };
      if (definition.integer && !Number.isInteger(value)) return { key, code: 'integer' };
      if (definition.min !== undefined && value < definition.min) return { key, code: 'min', params: { min: definition.min } };
      if (definition.max !== undefined && value > definition.max) return { key, code: 'max', params: { max: definition.max } };
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { key, code: 'type' };
    case 'enum':
      if (typeof value !== 'string') return { key, code: 'type' };
      return options.has(value) ? null : { key, code: 'option', params: { value } };
    case 'multi': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return { key, code: 'type' };
      const unknown = (value as string[]).find((item) => !options.has(item));
      if (unknown !== undefined) return { key, code: 'option', params: { value: unknown } };
      return value.length > 1 && value.includes(NONE) ? { key, code: 'none_with_others' } : null;
    }
    case 'list':
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return { key, code: 'type' };
      return value.length > 60 ? { key, code: 'too_long', params: { max: 60 } } : null;
    case 'composition': {
      if (!isComposition(value)) return { key, code: 'type' };
      const unknown = value.find((share) => !FIBRE_VALUES.has(share.fibre));
      if (unknown) return { key, code: 'composition_fibre', params: { value: unknown.fibre } };
      if (new Set(value.map((share) => share.fibre)).size !== value.length) return { key, code: 'composition_duplicate' };
      if (value.some((share) => share.percent <= 0 || share.percent > 100)) return { key, code: 'composition_total', params: { total: compositionTotal(value) } };
      const total = compositionTotal(value);
      return value.length > 0 && total !== 100 ? { key, code: 'composition_total', params: { total } } : null;
    }
  }
}

/**
 * Checks product attributes against their template. With `complete`, required attributes must be
 * filled (the form and the import ask for that); without it only the values present are checked
 * (the platform accepts drafts with gaps, never wrong values).
 */
export function validateAttributes(template: CategoryTemplate, attributes: Attributes, { complete = false } = {}): AttributeProblem[] {
  const definitions = new Map(template.attributes.map((definition) => [definition.key, definition]));
  const problems: AttributeProblem[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const definition = definitions.get(key);
    if (!definition) problems.push({ key, code: 'unknown' });
    else {
      const problem = checkValue(definition, value);
      if (problem) problems.push(problem);
    }
  }
  if (complete) {
    for (const definition of template.attributes) {
      if (definition.required && !isFilled(attributes[definition.key])) problems.push({ key: definition.key, code: 'required' });
    }
  }
  return problems;
}
