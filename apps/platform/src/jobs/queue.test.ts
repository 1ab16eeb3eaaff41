import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase } from '../../test/support/platform.ts';
import type { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { claimJob, enqueueJob, enqueueOrRearmJob, failAbandonedJobs } from './queue.ts';
import { startJobWorker, type JobWorker } from './worker.ts';

const statusOf = async (db: Database, key: string) =>
  (
    await db.query<{ status: string; attempts: number; last_error: string | null; later: boolean }>(
      "SELECT status, attempts, last_error, run_after > now() + interval '500 milliseconds' AS later FROM jobs WHERE idempotency_key = $1",
      [key],
    )
  )[0];

describe.each(ENGINES)('the job queue on %s', (engine) => {
  let db: Database;
  const workers: JobWorker[] = [];
  beforeEach(async () => {
    db = await openTestDatabase(engine);
    await migrate(db);
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop();
    await db.close();
  });
  const worker = async (handle: (key: string, attempt: number) => Promise<void>, options: { backoffBaseMs?: number; leaseMs?: number } = {}) => {
    const started = await startJobWorker(db, { handlers: { test: (job) => handle(job.key, job.attempt) }, pollMs: 60_000, ...options });
    workers.push(started);
    return started;
  };

  it('runs a job once however often its key is enqueued, and only after it committed', async () => {
    const ran: string[] = [];
    const running = await worker(async (key) => void ran.push(key));
    expect(await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'filing-1@1', payload: {} }))).toBe(true);
    expect(await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'filing-1@1', payload: {} }))).toBe(false);
    await expect(
      db.transaction(async (q) => {
        await enqueueJob(q, { kind: 'test', key: 'rolled-back', payload: {} });
        throw new Error('the push failed');
      }),
    ).rejects.toThrow('the push failed');
    await running.drain();
    await running.drain();
    expect(ran).toEqual(['filing-1@1']);
    expect(await statusOf(db, 'filing-1@1')).toMatchObject({ status: 'done', attempts: 1 });
    expect(await statusOf(db, 'rolled-back')).toBeUndefined();
  });

  it('re-arms a finished job asked for again, and a waiting one only waits longer, so a burst runs it once more', async () => {
    const ran: string[] = [];
    const running = await worker(async (key) => void ran.push(key));
    const soon = () => new Date(Date.now() - 1);
    await db.transaction((q) => enqueueOrRearmJob(q, { kind: 'test', key: 'summary-2026-11', payload: {}, runAfter: soon() }));
    await running.drain();
    expect(ran).toEqual(['summary-2026-11']);
    await db.transaction((q) => enqueueOrRearmJob(q, { kind: 'test', key: 'summary-2026-11', payload: {}, runAfter: new Date(Date.now() + 60_000) }));
    await db.transaction((q) => enqueueOrRearmJob(q, { kind: 'test', key: 'summary-2026-11', payload: {}, runAfter: soon() }));
    expect(await statusOf(db, 'summary-2026-11')).toMatchObject({ status: 'pending', attempts: 0, later: true });
    await running.drain();
    expect(ran).toEqual(['summary-2026-11']);
    await db.query("UPDATE jobs SET run_after = now() WHERE idempotency_key = 'summary-2026-11'");
    await running.drain();
    expect(ran).toEqual(['summary-2026-11', 'summary-2026-11']);
  });

  it('retries a failing job with growing delays and gives up after its maximum attempts', async () => {
    const attempts: number[] = [];
    const running = await worker(
      async (_key, attempt) => {
        attempts.push(attempt);
        throw new Error(`gateway down (${attempt})`);
      },
      { backoffBaseMs: 0 },
    );
    await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'flaky', payload: {}, maxAttempts: 3 }));
    await running.drain();
    expect(attempts).toEqual([1, 2, 3]);
    expect(await statusOf(db, 'flaky')).toMatchObject({ status: 'failed', attempts: 3, last_error: 'gateway down (3)' });
  });

  it('waits out the backoff before the next attempt', async () => {
    let calls = 0;
    const running = await worker(
      async () => {
        calls++;
        throw new Error('try later');
      },
      { backoffBaseMs: 60_000 },
    );
    await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'slow', payload: {} }));
    await running.drain();
    await running.drain();
    expect(calls).toBe(1);
    expect(await statusOf(db, 'slow')).toMatchObject({ status: 'pending', attempts: 1, later: true });
  });

  it('does not run a job before its run_after', async () => {
    let calls = 0;
    const running = await worker(async () => void calls++);
    await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'tomorrow', payload: {}, runAfter: new Date(Date.now() + 86_400_000) }));
    expect(await running.drain()).toBe(0);
    expect(calls).toBe(0);
  });

  it('retries a job whose worker died once its lease has expired, and fails it when that was its last attempt', async () => {
    await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'orphan', payload: {} }));
    await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'last-orphan', payload: {}, maxAttempts: 1 }));
    // A process claims both and dies: its leases run out.
    expect(await claimJob(db, ['test'], 'dead-process', 300)).not.toBeNull();
    expect(await claimJob(db, ['test'], 'dead-process', 300)).not.toBeNull();
    expect(await claimJob(db, ['test'], 'other', 60_000)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const ran: string[] = [];
    const running = await worker(async (key) => void ran.push(key));
    await running.drain();
    expect(ran).toEqual(['orphan']);
    expect(await statusOf(db, 'orphan')).toMatchObject({ status: 'done', attempts: 2 });
    expect(await statusOf(db, 'last-orphan')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await failAbandonedJobs(db)).toBe(0);
  });

  it('hands each job to exactly one of several workers draining at once', async () => {
    const ran: string[] = [];
    const handle = async (key: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      ran.push(key);
    };
    const [a, b, c] = [await worker(handle), await worker(handle), await worker(handle)];
    const keys = Array.from({ length: 20 }, (_, i) => `job-${i}`);
    await db.transaction(async (q) => {
      for (const key of keys) await enqueueJob(q, { kind: 'test', key, payload: {} });
    });
    await Promise.all([a!.drain(), b!.drain(), c!.drain()]);
    expect(ran.sort()).toEqual([...keys].sort());
  });

  it('wakes on a NOTIFY from an enqueue, without waiting for its poll', async () => {
    const ran: string[] = [];
    await worker(async (key) => void ran.push(key));
    await db.transaction((q) => enqueueJob(q, { kind: 'test', key: 'woken', payload: {} }));
    await expect.poll(() => ran, { timeout: 5_000 }).toEqual(['woken']);
  });
});
