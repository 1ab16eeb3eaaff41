import { dateTimeField, text } from '../collections/common.ts';

/** What the merchant recorded to satisfy an evidence requirement: a reference, number or statement. */
export interface EvidenceEntry {
  value: string;
  addedAt: string;
}

export type EvidenceRecord = Record<string, EvidenceEntry>;

export const evidenceRecordSchema = {
  type: 'object',
  maxProperties: 80,
  propertyNames: { pattern: '^[a-z][a-z0-9_]{0,59}$' },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    required: ['value', 'addedAt'],
    properties: { value: { ...text(1000), minLength: 1 }, addedAt: dateTimeField },
  },
} as const;
