import type { ChangeNotification } from '@tradewind/sync/server';
import type { Queryable } from '../db/database.ts';

const POLL_MS = 10;

export interface VisibleChanges {
  /** Holds `change` back until a pull can see it, then hands it to `release`. */
  add(change: ChangeNotification): void;
  stop(): void;
}

/**
 * A NOTIFY arrives when its transaction commits, but a pull only hands out rows of transactions
 * older than every running one (docs/architecture.md, "Change cursor"). Announcing a change while
 * an older transaction is still open would send devices to pull nothing and wait for the next
 * change. So announcements wait here until `tx < pg_snapshot_xmin(current snapshot)`: one small
 * query every few milliseconds, and only while something waits.
 */
export function createVisibleChanges(db: Queryable, release: (change: ChangeNotification) => void): VisibleChanges {
  let waiting: ChangeNotification[] = [];
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let checking = false;

  async function check(): Promise<void> {
    timer = undefined;
    checking = true;
    try {
      const [row] = await db.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin');
      const xmin = BigInt(row!.xmin);
      const visible = waiting.filter((change) => BigInt(change.tx) < xmin);
      waiting = waiting.filter((change) => BigInt(change.tx) >= xmin);
      for (const change of visible) release(change);
    } catch {
      // The database is away for a moment (restart, pool exhausted): try again.
    }
    checking = false;
    schedule(POLL_MS);
  }

  function schedule(ms: number): void {
    if (stopped || timer || checking || waiting.length === 0) return;
    timer = setTimeout(() => void check(), ms);
  }

  return {
    add(change) {
      waiting.push(change);
      schedule(0);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
