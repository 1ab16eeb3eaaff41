import { MONITORING_RULES } from '@tradewind/domain';
import type { Database, Queryable } from '../../db/database.ts';
import { enqueueJob, startSchedule, type JobHandler, type Schedule } from '../../jobs/index.ts';
import { latestRateTable } from '../../rates/rate-tables.ts';
import { evaluateAlerts } from './alerts.ts';

export const MONITORING_JOB = 'park.monitoring';

interface MonitoringPayload {
  /** YYYY-MM-DD: the day the rules run for. */
  asOf: string;
}

/** Runs the monitoring rules for the job's day. Safe to run again: a finding already alerted is not raised twice. */
export const monitoringJob =
  (db: Database): JobHandler =>
  async (job) => {
    const { asOf } = job.payload as unknown as MonitoringPayload;
    await evaluateAlerts(db, MONITORING_RULES, asOf, await latestRateTable(db));
  };

/** The day's run, keyed by the day: every platform process may ask for it, the key makes one. */
export function enqueueDailyMonitoring(q: Queryable, now = new Date()): Promise<boolean> {
  const asOf = now.toISOString().slice(0, 10);
  const payload: MonitoringPayload = { asOf };
  return enqueueJob(q, { kind: MONITORING_JOB, key: `${MONITORING_JOB}:${asOf}`, payload: { ...payload } });
}

/** Asks for the day's run every hour, so it runs once a day (UTC) and a platform down at midnight catches up when it starts. */
export function startMonitoringSchedule(db: Database, onError: (error: unknown) => void): Schedule {
  return startSchedule(3_600_000, () => enqueueDailyMonitoring(db), onError);
}
