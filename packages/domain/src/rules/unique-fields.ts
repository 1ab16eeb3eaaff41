import type { CollectionName } from '../collections/index.ts';

/** Fields no two documents of one tenant may share, deleted ones included (a number is never reused). */
export const UNIQUE_FIELDS: Partial<Record<CollectionName, string>> = {
  orders: 'number',
};
