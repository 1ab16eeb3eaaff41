import type { Queryable } from '../db/database.ts';
import type { Job, NewJob } from './job.ts';

export const JOBS_CHANNEL = 'tradewind_jobs';

interface JobRow {
  id: string;
  kind: string;
  idempotency_key: string;
  tenant_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

const toJob = (row: JobRow): Job => ({
  id: String(row.id),
  kind: row.kind,
  key: row.idempotency_key,
  tenantId: row.tenant_id,
  payload: row.payload,
  attempt: row.attempts,
  maxAttempts: row.max_attempts,
});

/**
 * Adds a job inside the caller's transaction (so it exists if and only if the change asking for
 * it commits). Returns false when a job with the same key already exists.
 */
export async function enqueueJob(q: Queryable, job: NewJob): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO jobs (kind, idempotency_key, tenant_id, payload, run_after, max_attempts)
     VALUES ($1, $2, $3, $4::jsonb, coalesce($5::timestamptz, now()), coalesce($6::integer, 8))
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    [job.kind, job.key, job.tenantId ?? null, JSON.stringify(job.payload), job.runAfter?.toISOString() ?? null, job.maxAttempts ?? null],
  );
  if (rows.length > 0) await q.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, job.kind]);
  return rows.length > 0;
}

/**
 * Adds the job, or asks the one with the same key to run (again) no earlier than `runAfter`: a
 * finished, failed or running one starts over (its worker's completion no longer counts), a waiting
 * one waits until the later of both times, so a burst of requests runs it once. For idempotent work only.
 */
export async function enqueueOrRearmJob(q: Queryable, job: NewJob & { runAfter: Date }): Promise<void> {
  await q.query(
    `INSERT INTO jobs (kind, idempotency_key, tenant_id, payload, run_after, max_attempts)
     VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, coalesce($6::integer, 8))
     ON CONFLICT (idempotency_key) DO UPDATE SET
       run_after = CASE WHEN jobs.status = 'pending' THEN greatest(jobs.run_after, excluded.run_after) ELSE excluded.run_after END,
       attempts = CASE WHEN jobs.status = 'pending' THEN jobs.attempts ELSE 0 END,
       status = 'pending', locked_by = NULL, locked_until = NULL, finished_at = NULL`,
    [job.kind, job.key, job.tenantId ?? null, JSON.stringify(job.payload), job.runAfter.toISOString(), job.maxAttempts ?? null],
  );
  await q.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, job.kind]);
}

/**
 * Claims the oldest due job of the given kinds for `workerId` until `leaseMs` from now: a pending
 * job whose time has come, or a running one whose lease ran out (its worker died). SKIP LOCKED lets
 * several workers claim side by side without waiting for or taking each other's rows.
 */
export async function claimJob(q: Queryable, kinds: readonly string[], workerId: string, leaseMs: number): Promise<Job | null> {
  const [row] = await q.query<JobRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $2, locked_until = now() + $3 * interval '1 millisecond'
     WHERE id = (
       SELECT id FROM jobs
       WHERE kind = ANY($1::text[]) AND attempts < max_attempts
         AND ((status = 'pending' AND run_after <= now()) OR (status = 'running' AND locked_until < now()))
       ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED
     )
     RETURNING id, kind, idempotency_key, tenant_id, payload, attempts, max_attempts`,
    [kinds, workerId, leaseMs],
  );
  return row ? toJob(row) : null;
}

/** Marks a job this worker holds as done; false if its lease was lost to another worker. */
export async function completeJob(q: Queryable, job: Job, workerId: string): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'done', finished_at = now(), locked_by = NULL, locked_until = NULL, last_error = NULL
     WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING id`,
    [job.id, workerId],
  );
  return rows.length > 0;
}

/** Exponential backoff: base × 2^(attempt − 1), capped. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/** A failed attempt: run again after `retryInMs`, or for good once the attempts are used up. */
export async function failJob(q: Queryable, job: Job, workerId: string, error: string, retryInMs: number): Promise<'retry' | 'failed'> {
  const last = job.attempt >= job.maxAttempts;
  await q.query(
    `UPDATE jobs SET status = $3, last_error = $4, locked_by = NULL, locked_until = NULL,
       run_after = now() + $5 * interval '1 millisecond', finished_at = CASE WHEN $3 = 'failed' THEN now() END
     WHERE id = $1 AND locked_by = $2`,
    [job.id, workerId, last ? 'failed' : 'pending', error.slice(0, 2000), retryInMs],
  );
  return last ? 'failed' : 'retry';
}

/** Jobs whose worker died on their last allowed attempt: failed, so they stop counting as running. */
export async function failAbandonedJobs(q: Queryable): Promise<number> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'failed', finished_at = now(), last_error = coalesce(last_error, 'lease expired on the last attempt'), locked_by = NULL, locked_until = NULL
     WHERE status = 'running' AND locked_until < now() AND attempts >= max_attempts RETURNING id`,
  );
  return rows.length;
}
