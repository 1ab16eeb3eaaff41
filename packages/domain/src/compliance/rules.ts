import rulesFile from '@tradewind/resources/compliance/rules.json' with { type: 'json' };
import { checkDataFile, sharedSchema } from '../catalogue/data-file.ts';
import { localTextSchema, type LocalText } from '../catalogue/localized.ts';
import { conditionSchema } from './condition-schema.ts';
import type { Condition } from './conditions.ts';
import { evidenceDefinition } from './evidence.ts';

/**
 * Destination-market compliance rules as data (resources/compliance/rules.json; docs/architecture.md,
 * Catalogue and compliance). A rule applies to a listing when its market, product
 * scope and condition match; it is met when every required piece of evidence is there. A rule
 * that requires nothing is a prohibition: no evidence fixes it, only a different product.
 */
export type Severity = 'block' | 'warn';
/** V: read in a primary source; P: secondary sources only; U: not verified. */
export type Confidence = 'V' | 'P' | 'U';

export interface ComplianceRule {
  id: string;
  /** Country codes, or `EU` for every member state. */
  markets: string[];
  scope: { hs?: string[]; templates?: string[] };
  when?: Condition;
  requires: string[];
  severity: Severity;
  confidence: Confidence;
  effective?: { from?: string; until?: string };
  source: string;
  title: LocalText;
  reason: LocalText;
  fix?: LocalText;
}

interface RulesFile {
  reference: string;
  hsGroups: Record<string, string[]>;
  rules: ComplianceRule[];
}

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const fileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['reference', 'hsGroups', 'rules'],
  properties: {
    reference: { type: 'string' },
    hsGroups: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string', pattern: '^\\d{2,10}$' } } },
    rules: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'markets', 'scope', 'requires', 'severity', 'confidence', 'source', 'title', 'reason'],
        properties: {
          id: { type: 'string', pattern: '^[A-Z]{1,3}-[A-Z]{2,3}-\\d{2}[a-z]?(/[A-Za-z]+)?$|^[A-Z]{2}-\\d{2}$' },
          markets: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^([A-Z]{2}|EU)$' } },
          scope: {
            type: 'object',
            additionalProperties: false,
            properties: { hs: { type: 'array', items: { type: 'string', pattern: '^(\\d{2,10}|@[A-Za-z]+)$' } }, templates: { type: 'array', items: { type: 'string' } } },
          },
          when: sharedSchema(conditionSchema),
          requires: { type: 'array', items: { type: 'string' } },
          severity: { enum: ['block', 'warn'] },
          confidence: { enum: ['V', 'P', 'U'] },
          effective: { type: 'object', additionalProperties: false, properties: { from: date, until: date } },
          source: { type: 'string', minLength: 1 },
          title: localTextSchema,
          reason: localTextSchema,
          fix: localTextSchema,
        },
      },
    },
  },
};

/** Checks the rules file and expands `@group` HS scopes; throws naming the rule at fault. */
export function loadRules(data: unknown): ComplianceRule[] {
  const file = checkDataFile<RulesFile>('resources/compliance/rules.json', fileSchema, data);
  const ids = new Set<string>();
  return file.rules.map((rule) => {
    if (ids.has(rule.id)) throw new Error(`compliance rule ${rule.id}: duplicate id`);
    ids.add(rule.id);
    const unknownEvidence = rule.requires.find((key) => !evidenceDefinition(key));
    if (unknownEvidence) throw new Error(`compliance rule ${rule.id}: unknown evidence "${unknownEvidence}"`);
    if (rule.requires.length === 0 && !rule.when) throw new Error(`compliance rule ${rule.id}: a prohibition needs a condition`);
    const hs = rule.scope.hs?.flatMap((entry) => {
      if (!entry.startsWith('@')) return [entry];
      const group = file.hsGroups[entry.slice(1)];
      if (!group) throw new Error(`compliance rule ${rule.id}: unknown HS group "${entry}"`);
      return group;
    });
    return { ...rule, scope: { ...rule.scope, ...(hs ? { hs } : {}) } };
  });
}

export const COMPLIANCE_RULES: readonly ComplianceRule[] = loadRules(rulesFile);
