import type { FilingDoc } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import { enqueueJob, type JobHandler } from '../jobs/index.ts';
import type { SecretStore } from '../secrets/store.ts';
import type { WriteHook } from '../sync/sql-sync-store.ts';
import { cancelJob, CANCEL_JOB, type CancelPayload } from './cancel-job.ts';
import { declareJob, DECLARE_JOB, type DeclarePayload } from './declare-job.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { startReceiptPoller, type ReceiptPoller } from './receipt-poller.ts';
import { summariseJob, SUMMARISE_JOB } from './summarise-job.ts';
import { enqueueSummaryResend, summaryJob, SUMMARY_JOB } from './summary-job.ts';

/** With the worker's backoff (doubling, at most 10 minutes apart) a gateway may be away for about four hours. */
const DECLARE_ATTEMPTS = 30;

/**
 * In the push's transaction: a submitted filing with a declaration asks for one declaration job per
 * revision (key filing + revision), so a replayed push or a later edit of the same revision adds none;
 * its cancel request (set once, on a released filing) asks for one CEB605 job; a rejected summary
 * request resent by the merchant (revision 2 on) asks for its CEB701 change.
 */
export const enqueueSubmittedFilings: WriteHook = async (q, tenantId, collection, docs) => {
  if (collection !== 'filings') return;
  for (const doc of docs as unknown as (FilingDoc & { _deleted: boolean })[]) {
    if (doc._deleted || doc.status !== 'submitted') continue;
    if (doc.kind === 'ceb701-summary' && doc.revision > 1) await enqueueSummaryResend(q, tenantId, doc.id, doc.revision);
    if (!doc.declaration) continue;
    const payload: DeclarePayload = { filingId: doc.id, revision: doc.revision, at: new Date().toISOString() };
    await enqueueJob(q, { kind: DECLARE_JOB, key: `${DECLARE_JOB}:${tenantId}:${doc.id}:${doc.revision}`, tenantId, payload: { ...payload }, maxAttempts: DECLARE_ATTEMPTS });
    if (doc.cancelRequest) {
      const cancel: CancelPayload = { filingId: doc.id, at: new Date().toISOString() };
      await enqueueJob(q, { kind: CANCEL_JOB, key: `${CANCEL_JOB}:${tenantId}:${doc.id}`, tenantId, payload: { ...cancel }, maxAttempts: DECLARE_ATTEMPTS });
    }
  }
};

export interface CustomsPipeline {
  handlers: Record<string, JobHandler>;
  receipts: ReceiptPoller;
}

/** The job handlers and the receipt poller of the park's gateway. */
export function customsPipeline(db: Database, secrets: SecretStore, gateway: CustomsGateway, options: { receiptPollMs: number; onError?: (error: unknown) => void }): CustomsPipeline {
  return {
    handlers: {
      [DECLARE_JOB]: declareJob(db, secrets, gateway),
      [CANCEL_JOB]: cancelJob(db, secrets, gateway),
      [SUMMARISE_JOB]: summariseJob(db),
      [SUMMARY_JOB]: summaryJob(db, secrets, gateway),
    },
    receipts: startReceiptPoller(db, gateway, options.receiptPollMs, options.onError),
  };
}
