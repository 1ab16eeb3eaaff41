import { parseReceipt, ReceiptError, EnvelopeError, type Receipt } from '@tradewind/customs';
import type { CustomsStatus, FilingReceipt } from '@tradewind/domain';
import type { Database, Queryable } from '../db/database.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { customsNotice, updateFiling } from './filing-writes.ts';
import { afterReceipt, receiptNotice, type AnsweredMessage } from './summary-receipts.ts';

/** Receipt types about the inventory (清单): they, not the order's CEB304, decide a filing's status once one has come. */
const INVENTORY_RECEIPTS = new Set(['CEB604', 'CEB606', 'CEB608']);

const receiptKey = (receipt: Receipt) => `${receipt.type}:${receipt.guid}:${receipt.status.code}:${receipt.at}`;

function historyEntry(receipt: Receipt): FilingReceipt {
  const documents = Object.fromEntries(Object.entries(receipt.documents as Record<string, string | undefined>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return { type: receipt.type, code: receipt.status.code, meaning: { 'zh-CN': receipt.status.zh, en: receipt.status.en }, at: receipt.at, message: receipt.message, documents };
}

/** Kept whole in customs_receipts_rejected, with an alert to the merchant whose channel it came in on. */
async function keepAside(db: Database, sourceKey: string, tenantId: string | null, reason: string, raw: string): Promise<void> {
  await db.transaction(async (q) => {
    const [row] = await q.query('INSERT INTO customs_receipts_rejected (source_key, tenant_id, reason, raw) VALUES ($1, $2, $3, $4) ON CONFLICT (source_key) DO NOTHING RETURNING id', [
      sourceKey,
      tenantId,
      reason.slice(0, 2000),
      raw,
    ]);
    if (row && tenantId) {
      await writeDocumentsIn(q, tenantId, (tx) => tx.write('notices', [customsNotice('notice.customs.malformedReceipt', 'warning', { reason: reason.slice(0, 500) })]));
    }
  });
}

async function sentMessages(q: Queryable, guids: string[]): Promise<AnsweredMessage[]> {
  return q.query<AnsweredMessage>('SELECT document_guid, tenant_id, filing_id, revision, type FROM customs_messages WHERE document_guid = ANY($1::text[])', [guids]);
}

/**
 * Applies one delivered receipt message: every receipt in it must parse and answer a message this
 * platform sent to the tenant it came for, or the whole delivery is kept aside (never half-applied).
 * Each receipt is applied once (customs_receipts), in one transaction with its filing update, notice
 * and follow-ups (summary-receipts.ts; `summaryQuietMs`: see enqueueSummaryRun).
 * Returns what happened, for the poller's log and the tests.
 */
export async function applyReceiptDelivery(db: Database, delivery: { sourceKey: string; tenantId: string; xml: string }, options: { summaryQuietMs: number }): Promise<'applied' | 'kept-aside'> {
  let receipts: Receipt[];
  try {
    receipts = parseReceipt(delivery.xml).receipts;
  } catch (error) {
    if (!(error instanceof ReceiptError) && !(error instanceof EnvelopeError)) throw error;
    await keepAside(db, delivery.sourceKey, delivery.tenantId, `${error.name}: ${error.message}`, delivery.xml);
    return 'kept-aside';
  }
  const sent = await sentMessages(
    db,
    receipts.map((receipt) => receipt.guid.toUpperCase()),
  );
  const unmatched = receipts.find((receipt) => !sent.some((message) => message.document_guid === receipt.guid.toUpperCase() && message.tenant_id === delivery.tenantId));
  if (unmatched) {
    await keepAside(db, delivery.sourceKey, delivery.tenantId, `no declaration of this merchant has guid ${unmatched.guid}`, delivery.xml);
    return 'kept-aside';
  }
  await db.transaction((q) =>
    writeDocumentsIn(q, delivery.tenantId, async (tx) => {
      for (const receipt of receipts) {
        const message = sent.find((candidate) => candidate.document_guid === receipt.guid.toUpperCase())!;
        const [fresh] = await q.query(
          `INSERT INTO customs_receipts (receipt_key, tenant_id, filing_id, document_guid, type, code) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (receipt_key) DO NOTHING RETURNING receipt_key`,
          [receiptKey(receipt), delivery.tenantId, message.filing_id, message.document_guid, receipt.type, receipt.status.code],
        );
        if (!fresh) continue;
        const entry = historyEntry(receipt);
        const filing = await updateFiling(
          tx,
          message.filing_id,
          (stored) => {
            const current = stored.revision === message.revision;
            const inventoryKnown = stored.receipts.some((known) => INVENTORY_RECEIPTS.has(known.type));
            // A CEB792's decState is customs' state of the 报关单 it made, not a status of the summary request.
            const decides = current && receipt.type !== 'CEB792' && (INVENTORY_RECEIPTS.has(receipt.type) || !inventoryKnown);
            return {
              receipts: [...stored.receipts, entry],
              ...(decides ? { customsStatus: receipt.status.code as CustomsStatus, customsStatusAt: receipt.at } : {}),
            };
          },
          (stored) => [receiptNotice(stored, receipt)],
        );
        if (filing) await afterReceipt(q, tx, message, receipt, filing, entry, options.summaryQuietMs);
      }
    }),
  );
  return 'applied';
}
