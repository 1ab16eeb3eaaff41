import { formatOrderNumber, orderSequence } from '@tradewind/domain';
import { platform } from '../platform';
import type { MerchantDatabase } from './database.ts';

const KEY = 'order-sequence';
const LOCK = 'tradewind-order-sequence';
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reserves the next `count` human-readable order numbers on this device: the device's prefix from
 * the platform plus a local sequence ("YJ03-000127"). Devices never collide because their prefixes
 * differ. On one device, calls queue up, tabs sharing the database take turns through a Web Lock,
 * and the sequence never falls behind an order this prefix already numbered.
 */
export function reserveOrderNumbers(db: MerchantDatabase, prefix: string, count: number): Promise<string[]> {
  const allocate = async (): Promise<string[]> => {
    const stored = ((await db.getLocal(KEY))?.get('last') as number | undefined) ?? 0;
    const highest = await db.orders.findOne({ selector: { number: { $gte: `${prefix}-`, $lt: `${prefix}.` } }, sort: [{ number: 'desc' }] }).exec();
    const last = Math.max(stored, highest ? (orderSequence(highest.number, prefix) ?? 0) : 0);
    await db.upsertLocal(KEY, { last: last + count });
    return Array.from({ length: count }, (_, i) => formatOrderNumber(prefix, last + 1 + i));
  };
  const next = queue.then(() => platform.withLock(LOCK, allocate));
  queue = next.catch(() => {});
  return next;
}
