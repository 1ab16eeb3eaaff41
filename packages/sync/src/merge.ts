import { sameJson } from '@tradewind/domain';

export interface FieldConflict {
  field: string;
  localValue: unknown;
  serverValue: unknown;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: FieldConflict[];
}

type Doc = Record<string, unknown>;

/** Fields that describe the write, not the content: never reported as conflicts. */
const BOOKKEEPING_FIELDS = new Set(['updatedAt']);

/**
 * Three-way merge of one document (DESIGN §5): start from the server's state and re-apply every
 * top-level field this device changed since `base` (the server state it last saw). Where the
 * server changed the same field to something else, the server wins and the device's value is
 * reported as a conflict so it can be shown and restored.
 */
export function threeWayMerge<T extends Doc>(base: T | undefined, local: T, server: T): MergeResult<T> {
  const merged: Doc = { ...server };
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(server), ...Object.keys(base ?? {})]);
  for (const field of fields) {
    const localValue = local[field];
    const baseValue = base?.[field];
    const serverValue = server[field];
    const changedHere = base === undefined ? !sameJson(localValue, serverValue) : !sameJson(localValue, baseValue);
    if (!changedHere) continue;
    const changedThere = base !== undefined && !sameJson(serverValue, baseValue);
    if (changedThere && !sameJson(localValue, serverValue)) {
      if (!BOOKKEEPING_FIELDS.has(field)) conflicts.push({ field, localValue, serverValue });
      continue;
    }
    if (localValue === undefined) delete merged[field];
    else merged[field] = localValue;
  }
  // Edits made here to a document deleted there: the delete stands, the edits stay restorable.
  if (server._deleted === true && local._deleted !== true && base?._deleted !== true && (conflicts.length > 0 || !sameJson(local, base))) {
    conflicts.push({ field: '_deleted', localValue: false, serverValue: true });
  }
  return { merged: merged as T, conflicts };
}
