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

type Keyed = Doc & { id: string };

/** An array of objects each with its own string `id` (order lines, payments): merged element by element. */
function isKeyedArray(value: unknown): value is Keyed[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || typeof (item as Doc).id !== 'string') return false;
    ids.add((item as Keyed).id);
  }
  return ids.size === value.length;
}

/**
 * Merges two sides' edits of a keyed array per element and, inside an element, per field: an
 * element edited on one side only, added or removed on one side only, keeps that side's edit.
 * Conflicts name the element and field as `<field>[<id>].<subfield>`; an element removed on one
 * side but edited on the other stays as the server has it and is reported as `<field>[<id>]`.
 * Elements added here follow the server's elements.
 */
function mergeKeyedArrays(field: string, base: Keyed[], local: Keyed[], server: Keyed[], conflicts: FieldConflict[]): Keyed[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const localById = new Map(local.map((item) => [item.id, item]));
  const serverIds = new Set(server.map((item) => item.id));
  const merged: Keyed[] = [];
  for (const theirs of server) {
    const path = `${field}[${theirs.id}]`;
    const original = baseById.get(theirs.id);
    const mine = localById.get(theirs.id);
    if (original && !mine) {
      // Removed here: the removal stands unless the server changed the element meanwhile.
      if (sameJson(theirs, original)) continue;
      merged.push(theirs);
      conflicts.push({ field: path, localValue: undefined, serverValue: theirs });
      continue;
    }
    if (!original || !mine) {
      merged.push(theirs);
      if (mine && !sameJson(mine, theirs)) conflicts.push({ field: path, localValue: mine, serverValue: theirs });
      continue;
    }
    const inner = threeWayMerge(original, mine, theirs);
    merged.push(inner.merged);
    for (const conflict of inner.conflicts) conflicts.push({ ...conflict, field: `${path}.${conflict.field}` });
  }
  for (const mine of local) {
    if (serverIds.has(mine.id)) continue;
    const original = baseById.get(mine.id);
    if (!original) merged.push(mine);
    else if (!sameJson(mine, original)) conflicts.push({ field: `${field}[${mine.id}]`, localValue: mine, serverValue: undefined });
  }
  return merged;
}

/**
 * Three-way merge of one document (docs/architecture.md, Replication): start from the server's state and re-apply every
 * top-level field this device changed since `base` (the server state it last saw). Where the
 * server changed the same field to something else, the server wins and the device's value is
 * reported as a conflict so it can be shown and restored; without a base every field that differs
 * is such a conflict. Arrays of objects with ids (order
 * lines, payments) changed on both sides are merged per element and per field.
 *
 * A field counts as changed there when its value differs from the base's, or when it is one of
 * `changedThereFields`: the fields the server wrote since `base`, where the platform could say (its
 * revisions), so that a field written there and back to the base's value is changed too.
 */
export function threeWayMerge<T extends Doc>(base: T | undefined, local: T, server: T, changedThereFields?: ReadonlySet<string>): MergeResult<T> {
  const merged: Doc = { ...server };
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(server), ...Object.keys(base ?? {})]);
  for (const field of fields) {
    const localValue = local[field];
    const baseValue = base?.[field];
    const serverValue = server[field];
    const changedHere = base === undefined ? !sameJson(localValue, serverValue) : !sameJson(localValue, baseValue);
    if (!changedHere) continue;
    // Without a base (a replication started over after the platform lost writes) nobody knows
    // which side changed a field: the server's value stays and the device's is kept restorable.
    const changedThere = base === undefined || !sameJson(serverValue, baseValue) || changedThereFields?.has(field) === true;
    if (changedThere && isKeyedArray(baseValue) && isKeyedArray(localValue) && isKeyedArray(serverValue)) {
      merged[field] = mergeKeyedArrays(field, baseValue, localValue, serverValue, conflicts);
      continue;
    }
    if (changedThere && !sameJson(localValue, serverValue)) {
      if (!BOOKKEEPING_FIELDS.has(field)) conflicts.push({ field, localValue, serverValue });
      continue;
    }
    if (localValue === undefined) delete merged[field];
    else merged[field] = localValue;
  }
  // Edits made here to a document deleted there: the delete stands, the edits stay restorable.
  if (server._deleted === true && local._deleted !== true && base?._deleted !== true && (conflicts.length > 0 || !sameJson(local, base))) {
    if (!conflicts.some((conflict) => conflict.field === '_deleted')) conflicts.push({ field: '_deleted', localValue: false, serverValue: true });
    merged._deleted = true;
  }
  return { merged: merged as T, conflicts };
}
