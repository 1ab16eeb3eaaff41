import evidenceFile from '@tradewind/resources/compliance/evidence.json' with { type: 'json' };
import { compositionTotal, isComposition, isFilled, type Attributes } from '../catalogue/attributes.ts';
import { checkDataFile } from '../catalogue/data-file.ts';
import { localTextSchema, type LocalText } from '../catalogue/localized.ts';
import type { EvidenceRecord } from './evidence-entry.ts';

/**
 * What can satisfy a rule: a statement recorded on the listing or the product, a product
 * attribute filled in correctly, or the product's pictures (resources/compliance/evidence.json).
 */
export interface EvidenceDefinition {
  key: string;
  scope: 'listing' | 'product' | 'attribute' | 'images';
  /** For `attribute`: which one, and (for choices) the values that count. */
  attribute?: string;
  accepts?: string[];
  /** For `listing`: the listing text itself can show it (e.g. "Imported"). */
  textPattern?: string;
  label: LocalText;
  hint: LocalText;
}

export const EVIDENCE: readonly EvidenceDefinition[] = checkDataFile<EvidenceDefinition[]>(
  'resources/compliance/evidence.json',
  {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'scope', 'label', 'hint'],
      properties: {
        key: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,59}$' },
        scope: { enum: ['listing', 'product', 'attribute', 'images'] },
        attribute: { type: 'string' },
        accepts: { type: 'array', items: { type: 'string' } },
        textPattern: { type: 'string' },
        label: localTextSchema,
        hint: localTextSchema,
      },
      if: { properties: { scope: { const: 'attribute' } } },
      then: { required: ['attribute'] },
    },
  },
  evidenceFile,
);

const byKey = new Map(EVIDENCE.map((definition) => [definition.key, definition]));
if (byKey.size !== EVIDENCE.length) throw new Error('resources/compliance/evidence.json: duplicate key');

export function evidenceDefinition(key: string): EvidenceDefinition | undefined {
  return byKey.get(key);
}

export interface EvidenceSources {
  attributes: Attributes;
  productEvidence: EvidenceRecord;
  listingEvidence: EvidenceRecord;
  imageCount: number;
  text: string;
}

function attributeSatisfies(definition: EvidenceDefinition, attributes: Attributes): boolean {
  const value = attributes[definition.attribute!];
  if (!isFilled(value)) return false;
  if (isComposition(value)) return compositionTotal(value) === 100;
  if (definition.accepts) return definition.accepts.includes(String(value));
  return true;
}

export function isEvidenceSatisfied(definition: EvidenceDefinition, sources: EvidenceSources): boolean {
  switch (definition.scope) {
    case 'attribute':
      return attributeSatisfies(definition, sources.attributes);
    case 'images':
      return sources.imageCount > 0;
    case 'product':
      return Boolean(sources.productEvidence[definition.key] ?? sources.listingEvidence[definition.key]);
    case 'listing':
      return Boolean(sources.listingEvidence[definition.key]) || (definition.textPattern !== undefined && new RegExp(definition.textPattern, 'iu').test(sources.text));
  }
}
