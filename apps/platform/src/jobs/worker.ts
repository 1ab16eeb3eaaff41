import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { RetryLater, type Job } from './job.ts';
import { backoffMs, claimJob, completeJob, failAbandonedJobs, failJob, JOBS_CHANNEL } from './queue.ts';

export type JobHandler = (job: Job) => Promise<void>;

export interface WorkerOptions {
  handlers: Readonly<Record<string, JobHandler>>;
  /** How long a claimed job stays with this worker; after it, another process may retry it. */
  leaseMs?: number;
  /** Poll interval when no notification arrives (jobs scheduled for later, other processes). */
  pollMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Called with each failure (never with secrets: handlers throw plain messages). */
  onError?: (job: Job, error: unknown) => void;
}

export interface JobWorker {
  /** Runs due jobs until none is left; resolves with how many ran (tests drive it directly). */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Processes the queue: claims one due job at a time, runs its kind's handler, marks it done, or
 * schedules a retry with exponential backoff until its attempts are used up. Wakes on NOTIFY
 * (a job enqueued by any process) and polls as a safety net.
 */
export async function startJobWorker(db: Database, options: WorkerOptions): Promise<JobWorker> {
  const workerId = `${process.pid}-${randomUUID()}`;
  const kinds = Object.keys(options.handlers);
  const { leaseMs = 60_000, pollMs = 1_000, backoffBaseMs = 1_000, backoffMaxMs = 10 * 60_000 } = options;
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  let timer: NodeJS.Timeout | undefined;

  const runOne = async (): Promise<boolean> => {
    const job = await claimJob(db, kinds, workerId, leaseMs);
    if (!job) return false;
    try {
      await options.handlers[job.kind]!(job);
      await completeJob(db, job, workerId);
    } catch (error) {
      if (!(error instanceof RetryLater)) options.onError?.(job, error);
      const message = error instanceof Error ? error.message : String(error);
      await failJob(db, job, workerId, message, backoffMs(job.attempt, backoffBaseMs, backoffMaxMs));
    }
    return true;
  };

  const drainNow = async (): Promise<number> => {
    await failAbandonedJobs(db);
    let ran = 0;
    while (!stopped && (await runOne())) ran++;
    return ran;
  };
  // One drain at a time per worker; a wake-up during a drain runs another after it.
  const drain = (): Promise<number> => (running = running.then(drainNow, drainNow));

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      drain()
        .catch(() => {}) // the database may be closing or briefly unreachable; the next tick retries
        .finally(schedule);
    }, pollMs);
    timer.unref();
  };
  const unlisten = await db.listen(JOBS_CHANNEL, (kind) => {
    if (kinds.includes(kind) && !stopped) void drain().catch(() => {});
  });
  schedule();
  return {
    drain,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await unlisten();
      await running.catch(() => {});
    },
  };
}
