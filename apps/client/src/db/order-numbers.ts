import type { RxDatabase } from 'rxdb';

const KEY = 'order-sequence';
let queue: Promise<unknown> = Promise.resolve();

/**
 * Next human-readable order number on this device: the device's prefix from the platform plus a
 * local sequence ("YJ03-000127"). Two devices never collide because their prefixes differ.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any collections: only local documents are used
export function nextOrderNumber(db: RxDatabase<any>, prefix: string): Promise<string> {
  const next = queue.then(async () => {
    const current = await db.getLocal(KEY);
    const last = ((current?.get('last') as number | undefined) ?? 0) + 1;
    await db.upsertLocal(KEY, { last });
    return `${prefix}-${String(last).padStart(6, '0')}`;
  });
  queue = next.catch(() => {});
  return next;
}
