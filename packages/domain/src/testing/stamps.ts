/** The moment every factory's document was created and last saved, so tests can assert exact dates. */
const FIXED_AT = '2026-11-20T08:00:00.000Z';

interface Stamps {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** A document's id with the fixed creation and save time. */
export const fixedStamps = (id: string): Stamps => ({ id, createdAt: FIXED_AT, updatedAt: FIXED_AT });

/**
 * A factory of documents with the fixed stamps of `id` and these defaults, each field overridable:
 * `aBuyer({ email: '' })`.
 */
export function stampedFactory<T extends Stamps>(id: string, defaults: Omit<T, keyof Stamps>): (fields?: Partial<T>) => T {
  return (fields = {}) => ({ ...fixedStamps(id), ...defaults, ...fields }) as T;
}
