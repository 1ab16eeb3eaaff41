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
 *
 * `writtenThere`, where the platform named the elements others wrote since the base: an element
 * not named was last written by this device itself, so the device's side of it stands even where
 * the base is older than that write (its push was taken but the answer lost: soak seed 196).
 */
function mergeKeyedArrays(field: string, base: Keyed[], local: Keyed[], server: Keyed[], conflicts: FieldConflict[], writtenThere?: ReadonlySet<string>): Keyed[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const localById = new Map(local.map((item) => [item.id, item]));
  const serverIds = new Set(server.map((item) => item.id));
  const merged: Keyed[] = [];
  for (const theirs of server) {
    const path = `${field}[${theirs.id}]`;
    const original = baseById.get(theirs.id);
    const mine = localById.get(theirs.id);
    if (writtenThere && !writtenThere.has(path)) {
      if (mine) merged.push(mine);
      continue;
    }
    if (original && !mine) {
      // Removed here: the removal stands unless the server changed the element meanwhile.
      if (!writtenThere && sameJson(theirs, original)) continue;
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

/** The elements of keyed array `field` the platform named as written since the base, if it named any. */
function elementsNamed(field: string, changedThere: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  const named = [...(changedThere ?? [])].filter((path) => path.startsWith(`${field}[`));
  return named.length > 0 ? new Set(named) : undefined;
}

/**
 * Three-way merge of one document (docs/architecture.md, Replication): start from the server's state and re-apply every
 * top-level field this device changed since `base` (the server state it last saw). Where the
 * server changed the same field to something else, the server wins and the device's value is
 * reported as a conflict so it can be shown and restored; without a base every field that differs
 * is such a conflict. Arrays of objects with ids (order
 * lines, payments) changed on both sides are merged per element and per field.
 *
 * Where the platform could say (its revisions), `changedThereFields` names what others wrote there
 * since `base` — fields, and `<field>[<id>]` for elements of keyed arrays — and decides what
 * changed there: a field written there and back to the base's value is changed, and one that
 * differs from the base only by this device's own write (its push taken, the answer lost, so the
 * base it holds is older) is not. Without it, a field changed there when its value differs.
 */
export function threeWayMerge<T extends Doc>(base: T | undefined, local: T, server: T, changedThereFields?: ReadonlySet<string>): MergeResult<T> {
  const merged: Doc = { ...server };
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(server), ...Object.keys(base ?? {})]);
  for (const field of fields) {
    const localValue = local[field];
    const baseValue = base?.[field];
    const serverValue = server[field];
    // Without a base (a replication started over after the platform lost writes) nobody knows
    // which side changed a field: the server's value stays and the device's is kept restorable.
    // Nobody else wrote a field the platform does not name since the base: where the server's value
    // differs, it is this device's own, pushed after the base it holds (the answer lost), and what
    // the device holds now came after it.
    const changedThere = base === undefined || (changedThereFields ? changedThereFields.has(field) : !sameJson(serverValue, baseValue));
    const changedHere = base === undefined ? !sameJson(localValue, serverValue) : !sameJson(localValue, baseValue) || !changedThere;
    if (!changedHere) continue;
    if (changedThere && isKeyedArray(baseValue) && isKeyedArray(localValue) && isKeyedArray(serverValue)) {
      merged[field] = mergeKeyedArrays(field, baseValue, localValue, serverValue, conflicts, elementsNamed(field, changedThereFields));
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
