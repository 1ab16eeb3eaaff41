import { isCollectionName, type Refusal } from '@tradewind/domain';
import { useTranslation } from 'react-i18next';
import { FIELD_LABELS } from './field-labels.ts';
import type { Language } from './index.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Status words a transition detail (`draft → submitted`) is made of, per collection. */
const STATUS_KEYS: Record<string, string> = { filings: 'filings.statuses', orders: 'orders.statuses' };

/**
 * The refusal's `detail` as the user reads it: a field name becomes its label, a status change
 * its status words; anything else (sizes, codes) stays as the platform wrote it.
 */
export function readableDetail(t: Translate, language: Language, collection: string, detail: string): string {
  const labels = isCollectionName(collection) ? FIELD_LABELS[language][collection] : undefined;
  const path = detail.split('.');
  const field = labels?.[detail] ?? labels?.[path.length > 1 ? `${path[0]}.${path.at(-1)}` : ''] ?? labels?.[path[0]!];
  if (field) return field;
  const statuses = STATUS_KEYS[collection];
  if (statuses && detail.includes('→')) {
    return detail
      .split('→')
      .map((part) => part.trim())
      .map((status) => (status ? t(`${statuses}.${status}`, { defaultValue: status }) : ''))
      .join(' → ')
      .trim();
  }
  return detail;
}

/** The sentence for a refused write: its reason's text, the collection's name and the detail made readable. */
export function refusalSentence(t: Translate, language: Language, refusal: Refusal, collection: string): string {
  return t(`notice.pushRefused.${refusal.reason}`, {
    collection: isCollectionName(collection) ? t(`collections.${collection}`) : collection,
    detail: readableDetail(t, language, collection, refusal.detail),
  });
}

export function useRefusalText(): (refusal: Refusal, collection: string) => string {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (refusal, collection) => refusalSentence(t as Translate, language, refusal, collection);
}
