import type { ConflictRecord } from '@tradewind/sync';
import type { RxDatabase } from 'rxdb';
import { map, type Observable } from 'rxjs';

const KEY = 'conflicts';

export interface ConflictLog {
  record(record: ConflictRecord): Promise<void>;
  remove(id: string): Promise<void>;
  /** Someone chose for one field of a record; the record goes once every field is decided. */
  resolveField(id: string, field: string): Promise<void>;
  all$: Observable<ConflictRecord[]>;
}

/**
 * Conflict records live in an RxDB local document: they are device-only (never replicated) and
 * do not count against the collection limit. Writes are queued so concurrent conflicts all land.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any collections: only local documents are used
export function createConflictLog(db: RxDatabase<any>): ConflictLog {
  let queue: Promise<unknown> = Promise.resolve();
  const change = (edit: (items: ConflictRecord[]) => ConflictRecord[]) => {
    const next = queue.then(async () => {
      const current = await db.getLocal(KEY);
      await db.upsertLocal(KEY, { items: edit((current?.get('items') as ConflictRecord[] | undefined) ?? []) });
    });
    queue = next.catch(() => {});
    return next;
  };
  return {
    record: (record) => change((items) => [...items, record]),
    remove: (id) => change((items) => items.filter((item) => item.id !== id)),
    resolveField: (id, field) =>
      change((items) =>
        items.flatMap((item) => {
          if (item.id !== id) return [item];
          const conflicts = item.conflicts.filter((conflict) => conflict.field !== field);
          return conflicts.length > 0 ? [{ ...item, conflicts }] : [];
        }),
      ),
    all$: db.getLocal$(KEY).pipe(map((doc) => ((doc as { get(key: string): unknown } | null)?.get('items') as ConflictRecord[] | undefined) ?? [])),
  };
}
