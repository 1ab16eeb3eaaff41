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
 * `writtenThere`, where the platform says which elements others wrote since the base, decides
 * what changed there (see `threeWayMerge`).
 */
function mergeKeyedArrays(field: string, base: Keyed[], local: Keyed[], server: Keyed[], conflicts: FieldConflict[], writtenThere?: ReadonlySet<string>): Keyed[] {
  const byId = (items: Keyed[]) => new Map(items.map((item) => [item.id, item]));
  const [baseById, localById, serverById] = [byId(base), byId(local), byId(server)];
  const merged: Keyed[] = [];
  const keep = (item: Keyed | undefined) => item && merged.push(item);
  for (const id of [...serverById.keys(), ...[...localById.keys()].filter((id) => !serverById.has(id))]) {
    const path = `${field}[${id}]`;
    const [original, mine, theirs] = [baseById.get(id), localById.get(id), serverById.get(id)];
    const changedHere = !sameJson(mine, original);
    const changedThere = writtenThere ? writtenThere.has(path) : !sameJson(theirs, original);
    if (!changedHere) {
      if (!changedThere && !sameJson(theirs, original)) conflicts.push({ field: path, localValue: mine, serverValue: theirs });
      keep(theirs);
    } else if (!changedThere || sameJson(mine, theirs)) {
      keep(mine);
    } else if (original && mine && theirs) {
      const inner = threeWayMerge(original, mine, theirs);
      keep(inner.merged);
      for (const conflict of inner.conflicts) conflicts.push({ ...conflict, field: `${path}.${conflict.field}` });
    } else {
      keep(theirs);
      conflicts.push({ field: path, localValue: mine, serverValue: theirs });
    }
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
 * changed there, so a field written there and back to the base's value is changed. One not named
 * but not as in the base there was written by this device alone, after the base it holds (its
 * push taken, the answer lost): a change made here since stands (soak seed 196, a picture added
 * and then removed came back as if added elsewhere). Where this device holds it as in the base,
 * its later state was undone here or overwritten by an older platform state RxDB pulled before
 * the push and stored after it (soak seed 49), and the device cannot tell which: the platform's
 * value stays and the device's is kept restorable. Without the list, a field changed there when
 * its value differs from the base's.
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
    const changedThere = base === undefined || (changedThereFields ? changedThereFields.has(field) : !sameJson(serverValue, baseValue));
    const changedHere = base === undefined ? !sameJson(localValue, serverValue) : !sameJson(localValue, baseValue);
    if (base !== undefined && isKeyedArray(baseValue) && isKeyedArray(localValue) && isKeyedArray(serverValue)) {
      const named = changedThereFields && (changedThereFields.has(field) ? elementsNamed(field, changedThereFields) : new Set<string>());
      if (named ? changedHere || !sameJson(serverValue, baseValue) : changedHere && changedThere) {
        merged[field] = mergeKeyedArrays(field, baseValue, localValue, serverValue, conflicts, named);
        continue;
      }
    }
    if (!changedHere) {
      if (!changedThere && !sameJson(serverValue, baseValue) && !BOOKKEEPING_FIELDS.has(field)) conflicts.push({ field, localValue, serverValue });
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
