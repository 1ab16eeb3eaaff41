import type { Receipt } from '@tradewind/customs';
import type { FilingDoc, FilingReceipt } from '@tradewind/domain';
import type { ReplicatedDoc, SyncTransaction } from '@tradewind/sync/server';
import type { Queryable } from '../db/database.ts';
import { customsNotice, updateFiling } from './filing-writes.ts';
import { enqueueSummaryRun } from './summarise-job.ts';

/** The message a receipt answers, as customs_messages recorded it. */
export interface AnsweredMessage {
  document_guid: string;
  tenant_id: string;
  filing_id: string;
  revision: number;
  type: string;
}

const summaryOutcome = (receipt: Receipt) => receipt.type === 'CEB792' || (receipt.type === 'CEB702' && receipt.status.final);

/**
 * What follows an applied receipt, in its transaction: an inventory of a B-flag 9610 filing released
 * (800) asks for its period's summary run; a summary's outcome (CEB702 399 / 100 / an error, the
 * CEB792 result) joins the receipt history of every filing the summary covers, less the inventories a
 * resend dropped (their status stays).
 */
export async function afterReceipt(q: Queryable, tx: SyncTransaction, message: AnsweredMessage, receipt: Receipt, filing: FilingDoc, entry: FilingReceipt, summaryQuietMs: number): Promise<void> {
  const current = filing.revision === message.revision;
  if (receipt.type === 'CEB604' && receipt.status.code === '800' && current && filing.declaration?.mode === '9610' && filing.declaration.statisticsFlag === 'B') {
    await enqueueSummaryRun(q, message.tenant_id, receipt.at, summaryQuietMs);
  }
  if (message.type !== 'CEB701' || !summaryOutcome(receipt)) return;
  const covered = await q.query<{ filing_id: string }>(
    'SELECT DISTINCT filing_id FROM customs_summary_items WHERE tenant_id = $1 AND summary_id = $2 AND dropped_revision IS NULL ORDER BY filing_id',
    [message.tenant_id, message.filing_id],
  );
  for (const { filing_id } of covered) await updateFiling(tx, filing_id, (stored) => ({ receipts: [...stored.receipts, entry] }));
}

/** The merchant's notice of a receipt: a summary result names the declaration customs made of it. */
export function receiptNotice(filing: FilingDoc, receipt: Receipt): ReplicatedDoc {
  if (receipt.type === 'CEB792') {
    return customsNotice('notice.customs.summary.result', 'info', {
      title: filing.title,
      sumNo: receipt.documents.sumNo,
      entryId: receipt.documents.entryId ?? receipt.documents.declSeqNo,
      count: String(new Set(receipt.lines.map((line) => line.invtNo)).size),
    });
  }
  const documents = receipt.documents as { orderNo?: string; copNo?: string };
  const severity = receipt.status.outcome === 'rejected' || receipt.status.outcome === 'error' ? 'error' : 'info';
  const status = { title: filing.title, type: receipt.type, code: receipt.status.code, meaningZh: receipt.status.zh, meaningEn: receipt.status.en, message: receipt.message };
  // A summary request's receipt (CEB702) names the request's own number, not an order.
  if (receipt.type === 'CEB702') return customsNotice('notice.customs.summary.receipt', severity, { ...status, copNo: String(documents.copNo ?? '') });
  return customsNotice('notice.customs.receipt', severity, { ...status, orderNo: String(documents.orderNo ?? documents.copNo ?? '') });
}
