import declarationFile from '@tradewind/resources/catalogue/declaration-elements.json' with { type: 'json' };
import { isComposition, isFilled, type Attributes } from './attributes.ts';
import { checkDataFile } from './data-file.ts';
import { localTextSchema, type LocalText } from './localized.ts';
import { FIBRES, type AttributeOption, type CategoryTemplate } from './templates.ts';

/**
 * China's 10-digit commodity code (商品编码) and the declaration elements (申报要素) customs expects
 * for its heading, from resources/catalogue/declaration-elements.json.
 */
export type HsProblem = 'format' | 'chapter';

export function hsCodeProblem(code: string): HsProblem | null {
  if (!/^\d{10}$/.test(code)) return 'format';
  const chapter = Number(code.slice(0, 2));
  return chapter >= 1 && chapter <= 97 && chapter !== 77 ? null : 'chapter';
}

/** "8211930000" → "8211.93.00.00", the way brokers write it. */
export function formatHsCode(code: string): string {
  return code.length === 10 ? `${code.slice(0, 4)}.${code.slice(4, 6)}.${code.slice(6, 8)}.${code.slice(8)}` : code;
}

export interface DeclarationElement {
  key: string;
  name: LocalText;
  /** Where a suggestion comes from: a product field, or `attr:<key>` (several joined with `+`). */
  from?: string;
  options?: AttributeOption[];
}

interface DeclarationFile {
  note: LocalText;
  elements: Record<string, { zh: string; en: string; from?: string; options?: AttributeOption[] }>;
  headings: Record<string, string[]>;
}

const optionSchema = { type: 'object', required: ['value', 'label'], properties: { value: { type: 'string' }, label: localTextSchema } };
const file = checkDataFile<DeclarationFile>(
  'resources/catalogue/declaration-elements.json',
  {
    type: 'object',
    required: ['note', 'elements', 'headings'],
    properties: {
      note: localTextSchema,
      elements: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['zh', 'en'],
          properties: { zh: { type: 'string' }, en: { type: 'string' }, from: { type: 'string' }, options: { type: 'array', items: optionSchema } },
        },
      },
      headings: { type: 'object', propertyNames: { pattern: '^\\d{4}$' }, additionalProperties: { type: 'array', minItems: 1, items: { type: 'string' } } },
    },
  },
  declarationFile,
);

for (const [heading, keys] of Object.entries(file.headings)) {
  const unknown = keys.find((key) => !file.elements[key]);
  if (unknown) throw new Error(`resources/catalogue/declaration-elements.json: heading ${heading} names unknown element "${unknown}"`);
}

const element = (key: string): DeclarationElement => {
  const { zh, en, from, options } = file.elements[key]!;
  return { key, name: { zh, en }, ...(from ? { from } : {}), ...(options ? { options } : {}) };
};

/** Used for headings the file does not list yet: the elements every heading shares. */
const GENERIC = ['name', 'brandType', 'exportPreference', 'use', 'material', 'brand', 'model'];

export const DECLARATION_NOTE: LocalText = file.note;

export function declarationElementsFor(hsCode: string): { elements: DeclarationElement[]; known: boolean } {
  const keys = file.headings[hsCode.slice(0, 4)];
  return { elements: (keys ?? GENERIC).map(element), known: Boolean(keys) };
}

export interface DeclarationSource {
  name: string;
  brand: string;
  sku: string;
  attributes?: Attributes;
}

const zhLabel = (options: readonly AttributeOption[] | undefined, value: string) => options?.find((option) => option.value === value)?.label.zh ?? value;

function attributeText(template: CategoryTemplate | undefined, attributes: Attributes, key: string): string {
  const value = attributes[key];
  if (!isFilled(value)) return '';
  if (isComposition(value)) return value.map((share) => `${zhLabel(FIBRES, share.fibre)}${share.percent}%`).join(' ');
  const options = template?.attributes.find((definition) => definition.key === key)?.options;
  if (Array.isArray(value)) return value.map((item) => zhLabel(options, String(item))).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  return zhLabel(options, String(value));
}

/** Suggested values for the elements the product's data already answers (in Chinese, as declared). */
export function suggestDeclaration(hsCode: string, product: DeclarationSource, template: CategoryTemplate | undefined): Record<string, string> {
  const suggestions: Record<string, string> = {};
  for (const { key, from } of declarationElementsFor(hsCode).elements) {
    if (!from) continue;
    const value = from.startsWith('attr:')
      ? from
          .slice(5)
          .split('+')
          .map((attribute) => attributeText(template, product.attributes ?? {}, attribute))
          .filter(Boolean)
          .join('，')
      : String(product[from as keyof DeclarationSource] ?? '');
    if (value) suggestions[key] = value;
  }
  return suggestions;
}

/** The declaration line as customs systems take it: the element values in order, separated by `|`. */
export function declarationLine(hsCode: string, values: Record<string, string>): string {
  return declarationElementsFor(hsCode)
    .elements.map(({ key }) => values[key] ?? '')
    .join('|');
}
