import templatesFile from '@tradewind/resources/catalogue/templates.json' with { type: 'json' };
import { conditionSchema } from '../compliance/condition-schema.ts';
import type { Condition } from '../compliance/conditions.ts';
import { checkDataFile, sharedSchema } from './data-file.ts';
import { localTextSchema, type LocalText } from './localized.ts';

/**
 * Category templates: what a product of a cluster is described by (resources/catalogue/templates.json).
 * A new cluster or category is new data in that file: templates may extend another template and
 * take shared option lists (`optionsFrom`), and the file is checked when it is loaded.
 */
export const ATTRIBUTE_TYPES = ['text', 'number', 'boolean', 'enum', 'multi', 'list', 'composition'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export interface AttributeOption {
  value: string;
  label: LocalText;
}

export interface AttributeDefinition {
  key: string;
  type: AttributeType;
  label: LocalText;
  hint?: LocalText;
  required?: boolean;
  unit?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  maxLength?: number;
  /** For enum and multi. */
  options?: AttributeOption[];
}

type FactValue = string | number | boolean;

/** A fact a seller would not think to state, set when the product's own attributes show it. */
export interface Derivation {
  set: Record<string, FactValue>;
  when: Condition;
}

export interface CategoryTemplate {
  id: string;
  cluster: string;
  name: LocalText;
  /** HS code prefixes products of this template usually fall under. */
  hs: string[];
  variantAxes: string[];
  attributes: AttributeDefinition[];
  /** What every product of the template is, so no rule need ask (a kitchen knife has no opening mechanism). */
  facts: Record<string, FactValue>;
  derive: Derivation[];
}

export interface Cluster {
  id: string;
  name: LocalText;
}

interface RawAttribute extends Omit<AttributeDefinition, 'options'> {
  options?: AttributeOption[];
  optionsFrom?: string;
}

interface RawTemplate {
  id: string;
  cluster?: string;
  extends?: string;
  abstract?: boolean;
  name: LocalText;
  hs: string[];
  variantAxes?: string[];
  attributes: RawAttribute[];
  facts?: Record<string, FactValue>;
  derive?: Derivation[];
}

interface TemplatesFile {
  fibres: AttributeOption[];
  clusters: Cluster[];
  templates: RawTemplate[];
  optionLists: Record<string, AttributeOption[]>;
}

const optionSchema = { type: 'object', additionalProperties: false, required: ['value', 'label'], properties: { value: { type: 'string', minLength: 1 }, label: localTextSchema } };
const attributeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'type', 'label'],
  properties: {
    key: { type: 'string', pattern: '^[a-z][A-Za-z0-9]{0,39}$' },
    type: { enum: ATTRIBUTE_TYPES },
    label: localTextSchema,
    hint: localTextSchema,
    required: { type: 'boolean' },
    unit: { type: 'string' },
    min: { type: 'number' },
    max: { type: 'number' },
    integer: { type: 'boolean' },
    maxLength: { type: 'integer', minimum: 1, maximum: 500 },
    options: { type: 'array', minItems: 1, items: optionSchema },
    optionsFrom: { type: 'string' },
  },
};
const fileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['fibres', 'clusters', 'templates', 'optionLists'],
  properties: {
    fibres: { type: 'array', minItems: 1, items: optionSchema },
    clusters: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string' }, name: localTextSchema } } },
    optionLists: { type: 'object', additionalProperties: { type: 'array', minItems: 1, items: optionSchema } },
    templates: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'hs', 'attributes'],
        properties: {
          id: { type: 'string', pattern: '^[a-z]+\\.[a-z_]+$', maxLength: 60 },
          cluster: { type: 'string' },
          extends: { type: 'string' },
          abstract: { type: 'boolean' },
          name: localTextSchema,
          hs: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^\\d{2,10}$' } },
          variantAxes: { type: 'array', items: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9]{0,30}$' } },
          attributes: { type: 'array', items: attributeSchema },
          facts: { type: 'object', propertyNames: { pattern: '^[a-z][A-Za-z0-9]{0,39}$' }, additionalProperties: { type: ['string', 'number', 'boolean'] } },
          derive: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['set', 'when'],
              properties: { set: { type: 'object', minProperties: 1, additionalProperties: { type: ['string', 'number', 'boolean'] } }, when: sharedSchema(conditionSchema) },
            },
          },
        },
      },
    },
  },
};

/** Resolves `extends` and `optionsFrom`, and checks what a schema cannot: references and duplicates. */
export function loadTemplates(data: unknown): { templates: CategoryTemplate[]; clusters: Cluster[]; fibres: AttributeOption[] } {
  const file = checkDataFile<TemplatesFile>('resources/catalogue/templates.json', fileSchema, data);
  const raw = new Map(file.templates.map((template) => [template.id, template]));
  if (raw.size !== file.templates.length) throw new Error('resources/catalogue/templates.json: duplicate template id');
  const clusterIds = new Set(file.clusters.map((cluster) => cluster.id));

  const resolveAttribute = (templateId: string, attribute: RawAttribute): AttributeDefinition => {
    const { optionsFrom, ...definition } = attribute;
    const options = optionsFrom ? file.optionLists[optionsFrom] : attribute.options;
    if (optionsFrom && !options) throw new Error(`template ${templateId}: unknown option list "${optionsFrom}"`);
    if ((attribute.type === 'enum' || attribute.type === 'multi') && !options) throw new Error(`template ${templateId}: ${attribute.key} needs options`);
    return options ? { ...definition, options } : definition;
  };

  const resolve = (id: string, seen: string[]): Omit<CategoryTemplate, 'id' | 'name' | 'hs'> => {
    const template = raw.get(id);
    if (!template) throw new Error(`template ${seen.at(-1)}: extends unknown template "${id}"`);
    if (seen.includes(id)) throw new Error(`template ${id}: extends itself`);
    const parent = template.extends ? resolve(template.extends, [...seen, id]) : { cluster: '', variantAxes: [], attributes: [], facts: {}, derive: [] };
    const own = template.attributes.map((attribute) => resolveAttribute(id, attribute));
    const attributes = [...parent.attributes.filter((inherited) => !own.some((a) => a.key === inherited.key)), ...own];
    return {
      cluster: template.cluster ?? parent.cluster,
      variantAxes: template.variantAxes ?? parent.variantAxes,
      attributes,
      facts: { ...parent.facts, ...template.facts },
      derive: [...parent.derive, ...(template.derive ?? [])],
    };
  };

  const templates = file.templates
    .filter((template) => !template.abstract)
    .map((template): CategoryTemplate => {
      const resolved = resolve(template.id, []);
      if (!clusterIds.has(resolved.cluster)) throw new Error(`template ${template.id}: unknown cluster "${resolved.cluster}"`);
      const keys = resolved.attributes.map((attribute) => attribute.key);
      if (new Set(keys).size !== keys.length) throw new Error(`template ${template.id}: duplicate attribute key`);
      const askedFact = Object.keys(resolved.facts).find((key) => keys.includes(key));
      if (askedFact) throw new Error(`template ${template.id}: fact "${askedFact}" is also an attribute`);
      const unknownDerived = resolved.derive.flatMap((derivation) => Object.keys(derivation.set)).find((key) => !keys.includes(key));
      if (unknownDerived) throw new Error(`template ${template.id}: derives unknown attribute "${unknownDerived}"`);
      return { id: template.id, name: template.name, hs: template.hs, ...resolved };
    });
  return { templates, clusters: file.clusters, fibres: file.fibres };
}

const loaded = loadTemplates(templatesFile);
export const TEMPLATES: readonly CategoryTemplate[] = loaded.templates;
export const CLUSTERS: readonly Cluster[] = loaded.clusters;
export const FIBRES: readonly AttributeOption[] = loaded.fibres;

const byId = new Map(TEMPLATES.map((template) => [template.id, template]));

export function templateById(id: string | undefined): CategoryTemplate | undefined {
  return id ? byId.get(id) : undefined;
}

/** True when the HS code falls under one of the template's usual headings. */
export function hsMatchesTemplate(template: CategoryTemplate, hsCode: string): boolean {
  return template.hs.some((prefix) => hsCode.startsWith(prefix));
}
