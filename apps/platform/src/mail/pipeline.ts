import type { ProformaEmailDoc } from '@tradewind/domain';
import { enqueueJob } from '../jobs/index.ts';
import type { WriteHook } from '../sync/sql-sync-store.ts';
import { PROFORMA_EMAIL_ATTEMPTS, PROFORMA_EMAIL_JOB, type ProformaEmailPayload } from './proforma-email-job.ts';

/** In the push's transaction: a new request asks for one send job, keyed by the request, so a replayed push adds none. */
export const enqueueProformaEmails: WriteHook = async (q, tenantId, collection, docs) => {
  if (collection !== 'proformaEmails') return;
  for (const doc of docs as unknown as (ProformaEmailDoc & { _deleted: boolean })[]) {
    if (doc._deleted || doc.status !== 'queued') continue;
    const payload: ProformaEmailPayload = { requestId: doc.id };
    await enqueueJob(q, { kind: PROFORMA_EMAIL_JOB, key: `${PROFORMA_EMAIL_JOB}:${tenantId}:${doc.id}`, tenantId, payload: { ...payload }, maxAttempts: PROFORMA_EMAIL_ATTEMPTS });
  }
};
