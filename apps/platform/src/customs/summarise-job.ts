import { summaryGroups, summaryPeriodOf, summaryPeriodStart } from '@tradewind/customs';
import { newId } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync/server';
import type { Database, Queryable } from '../db/database.ts';
import { enqueueJob, enqueueOrRearmJob, type Job } from '../jobs/index.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { customsNotice } from './filing-writes.ts';
import { pendingInventories } from './summary-candidates.ts';
import { SUMMARY_JOB, type SummaryPayload } from './summary-job.ts';

export const SUMMARISE_JOB = 'customs.summarise';

/** Retried for about four hours, like a declaration: the database or a rate table may be away. */
const ATTEMPTS = 30;

export interface SummarisePayload {
  /** YYYY-MM: the month in which the inventories released the month before are summarised. */
  period: string;
}

/**
 * In the transaction applying an 800 放行 to an inventory of a B-flag (汇总申报) 9610 filing: one
 * summary run per merchant and period, due when the period begins (the first of the next month,
 * Beijing time). A release that reaches the platform after that (it was away) runs the period again
 * `quietMs` after the last such receipt, so a burst of late receipts makes one summary, not many.
 */
export async function enqueueSummaryRun(q: Queryable, tenantId: string, releasedAt: string, quietMs: number): Promise<void> {
  const period = summaryPeriodOf(releasedAt);
  const payload: SummarisePayload = { period };
  const runAfter = new Date(Math.max(summaryPeriodStart(period).getTime(), Date.now() + quietMs));
  await enqueueOrRearmJob(q, { kind: SUMMARISE_JOB, key: `${SUMMARISE_JOB}:${tenantId}:${period}`, tenantId, payload: { ...payload }, runAfter, maxAttempts: ATTEMPTS });
}

function summaryFiling(id: string, copNo: string, period: string, month: string, invtNos: string[], filingIds: string[]): ReplicatedDoc {
  const now = new Date().toISOString();
  return {
    id,
    updatedAt: now,
    kind: 'ceb701-summary',
    status: 'submitted',
    title: `汇总申报 Summary ${month} ${copNo}`,
    orderIds: [],
    payload: { period, month, copNo, invtNos, filingIds },
    createdAt: now,
    revision: 1,
    customsStatus: 'none',
    receipts: [],
    messages: [],
    _deleted: false,
  };
}

/**
 * One run of a merchant's period: in one transaction, gathers the B-flag inventories released before
 * the period began and not summarised yet, groups them as the spec requires (summaryGroups), and for
 * each group writes a `ceb701-summary` filing, claims its inventory numbers (customs_summary_items:
 * each once), asks for its CEB701 to be sent and tells the merchant. A second run finds nothing left.
 */
export function summariseJob(db: Database): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const { period } = job.payload as unknown as SummarisePayload;
    await db.transaction((q) =>
      writeDocumentsIn(q, tenantId, async (tx) => {
        const pending = await pendingInventories(q, tenantId, summaryPeriodStart(period));
        const at = new Date().toISOString();
        // A run again for late releases numbers its summaries after the period's earlier ones.
        const [{ made }] = (await q.query<{ made: number }>(
          "SELECT count(*)::int AS made FROM doc_filings WHERE tenant_id = $1 AND doc->>'kind' = 'ceb701-summary' AND doc->'payload'->>'period' = $2",
          [tenantId, period],
        )) as [{ made: number }];
        for (const [index, group] of summaryGroups(
          pending.map((entry) => entry.candidate),
          '1',
        ).entries()) {
          const summaryId = newId();
          const copNo = `SUM${period.replace('-', '')}-${made + index + 1}`;
          const filingIds = [...new Set(pending.filter((entry) => group.invtNos.includes(entry.candidate.invtNo)).map((entry) => entry.filingId))];
          for (const invtNo of group.invtNos) {
            const filingId = pending.find((entry) => entry.candidate.invtNo === invtNo)!.filingId;
            await q.query('INSERT INTO customs_summary_items (tenant_id, invt_no, filing_id, summary_id) VALUES ($1, $2, $3, $4)', [tenantId, invtNo, filingId, summaryId]);
          }
          const filing = summaryFiling(summaryId, copNo, period, group.month, group.invtNos, filingIds);
          await tx.write('filings', [filing]);
          await tx.write('notices', [customsNotice('notice.customs.summary.created', 'info', { title: String(filing.title), copNo, month: group.month, count: String(group.invtNos.length) })]);
          const payload: SummaryPayload = { summaryId, revision: 1, copNo, at, group };
          await enqueueJob(q, { kind: SUMMARY_JOB, key: `${SUMMARY_JOB}:${tenantId}:${summaryId}`, tenantId, payload: { ...payload }, maxAttempts: ATTEMPTS });
        }
      }),
    );
  };
}
