import { isCollectionName } from '@tradewind/domain';
import { FIELD_LABELS } from './field-labels.ts';
import type { Language } from './index.ts';

const ELEMENT = /^(\w+)\[([^\]]+)\](?:\.(\w+))?$/;
const LINE = { 'zh-CN': (n: number) => `第 ${n} 行`, en: (n: number) => `line ${n}` } as const;

/**
 * A conflict's field path as the user reads it: `lines[01a2…].quantity` becomes "line 1
 * quantity" (the element's place in the stored document), a plain field its label.
 */
export function readableConflictField(path: string, collection: string, doc: Record<string, unknown> | undefined, language: Language): string {
  const labels = isCollectionName(collection) ? FIELD_LABELS[language][collection] : undefined;
  const label = (field: string) => labels?.[field] ?? field;
  const element = ELEMENT.exec(path);
  if (!element) return label(path);
  const [, field, id, inner] = element;
  const items = (doc?.[field!] as { id?: string }[] | undefined) ?? [];
  const index = items.findIndex((item) => item.id === id);
  const place = index >= 0 ? LINE[language](index + 1) : label(field!);
  return inner ? `${place} ${label(inner)}` : place;
}

/** What names a document for a person: the order number, the SKU, the buyer's company. */
export function documentName(doc: Record<string, unknown> | undefined): string | undefined {
  const name = doc?.number ?? doc?.sku ?? doc?.company ?? doc?.title ?? doc?.name;
  return typeof name === 'string' && name ? name : undefined;
}
