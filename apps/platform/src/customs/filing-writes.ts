import type { FilingDoc } from '@tradewind/domain';
import type { ReplicatedDoc, SyncTransaction } from '@tradewind/sync/server';

export { platformNotice as customsNotice, type NoticeParams } from '../notices/notice.ts';

/**
 * Changes the platform-owned fields of a stored filing (inside the caller's transaction, the row
 * locked) and writes its notices; does nothing when the filing is gone. Device fields are left as
 * stored, so a push that raced this one keeps its content.
 */
export async function updateFiling(
  tx: SyncTransaction,
  filingId: string,
  change: (filing: FilingDoc) => Partial<Pick<FilingDoc, 'customsStatus' | 'customsStatusAt' | 'receipts' | 'messages'>> | null,
  notices: (filing: FilingDoc) => ReplicatedDoc[] = () => [],
): Promise<FilingDoc | null> {
  const stored = (await tx.readForUpdate('filings', [filingId])).get(filingId);
  if (!stored || stored._deleted) return null;
  const filing = stored as unknown as FilingDoc;
  const fields = change(filing);
  if (fields) await tx.write('filings', [{ ...stored, ...fields, updatedAt: new Date().toISOString() }]);
  const written = notices(filing);
  if (written.length > 0) await tx.write('notices', written);
  return { ...filing, ...fields };
}
