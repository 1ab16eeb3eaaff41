/**
 * Pieces every replicated schema shares. `id` is made on the device, `updatedAt` is the device's
 * clock (for display only; the platform orders changes by its own cursor).
 */
export const ISO_DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$';
export const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

export const idField = { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9_-]{1,40}$' } as const;
export const dateTimeField = { type: 'string', maxLength: 32, pattern: ISO_DATE_TIME } as const;
export const dateField = { type: 'string', maxLength: 10, pattern: ISO_DATE } as const;

export function text(maxLength: number) {
  return { type: 'string', maxLength } as const;
}

export const baseProperties = {
  id: idField,
  updatedAt: dateTimeField,
} as const;

export interface BaseDoc {
  id: string;
  updatedAt: string;
}
