import { isCollectionName } from '@tradewind/domain';
import { formatMoney } from '../components/money.ts';
import { FIELD_LABELS } from './field-labels.ts';
import type { Language } from './index.ts';

export interface ContentLine {
  label: string;
  value: string;
}

/** Replication and bookkeeping fields a person never typed. */
const HIDDEN = new Set(['id', 'updatedAt', 'createdAt']);

const isMoney = (value: unknown): value is { amount: number; currency: string } =>
  typeof value === 'object' && value !== null && typeof (value as { amount?: unknown }).amount === 'number' && typeof (value as { currency?: unknown }).currency === 'string';

function readableValue(value: unknown, language: Language, items: (count: number) => string): string {
  if (isMoney(value)) return formatMoney(value.amount, value.currency, language);
  if (Array.isArray(value)) return items(value.length);
  if (typeof value === 'object' && value !== null)
    return Object.values(value)
      .filter((part) => typeof part !== 'object')
      .join(' · ');
  return String(value);
}

/**
 * A refused document as lines a person reads: each field the user filled in, by its label where
 * it has one, money formatted, lists counted; ids, stamps and `_` fields left out.
 */
export function refusedContentLines(content: Record<string, unknown>, collection: string, language: Language, items: (count: number) => string): ContentLine[] {
  const labels = isCollectionName(collection) ? FIELD_LABELS[language][collection] : undefined;
  return Object.entries(content)
    .filter(([key, value]) => !HIDDEN.has(key) && !key.startsWith('_') && value !== '' && value !== null && value !== undefined)
    .map(([key, value]) => ({ label: labels?.[key] ?? key, value: readableValue(value, language, items) }));
}
