import type { FieldConflict } from './merge.ts';

type Doc = Record<string, unknown>;

const SEGMENT = /^([^.[\]]+)(?:\[([^\]]+)\])?(?:\.(.+))?$/;

/**
 * A copy of `doc` with `value` at a conflict path: `field`, `field[<id>]` (the element with that
 * id: replaced, added, or removed when the value is undefined) or `field[<id>].sub` (a field of
 * that element, which must still exist).
 */
export function withValueAt<T extends Doc>(doc: T, path: string, value: unknown): T {
  const match = SEGMENT.exec(path);
  if (!match) throw new Error(`Not a conflict path: ${path}`);
  const [, field, id, rest] = match as unknown as [string, string, string | undefined, string | undefined];
  const out: Doc = { ...doc };
  if (id === undefined) {
    if (rest !== undefined) out[field] = withValueAt((doc[field] as Doc | undefined) ?? {}, rest, value);
    else if (value === undefined) delete out[field];
    else out[field] = value;
    return out as T;
  }
  const items = Array.isArray(doc[field]) ? (doc[field] as Doc[]) : [];
  const index = items.findIndex((item) => item.id === id);
  if (rest !== undefined) {
    if (index >= 0) out[field] = items.map((item, i) => (i === index ? withValueAt(item, rest, value) : item));
  } else if (value === undefined) out[field] = items.filter((_, i) => i !== index);
  else out[field] = index >= 0 ? items.map((item, i) => (i === index ? value : item)) : [...items, value];
  return out as T;
}

/** Puts the device's losing values back (a delete the platform decided stays decided). */
export function withLocalValues<T extends Doc>(doc: T, conflicts: readonly FieldConflict[]): T {
  return conflicts.filter((c) => c.field !== '_deleted').reduce((current, c) => withValueAt(current, c.field, c.localValue), doc);
}
