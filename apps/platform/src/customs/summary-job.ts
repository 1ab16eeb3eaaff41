import { buildCeb701, summaryGroups, toXml, type SummaryGroup } from '@tradewind/customs';
import type { Database, Queryable } from '../db/database.ts';
import { enqueueJob, type Job } from '../jobs/index.ts';
import type { SecretStore } from '../secrets/store.ts';
import { messageIds } from './declaration-input.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { checkAgainstXsd, merchantSender, recordFailure, sendMessages, storedFiling, Undeliverable, type BuiltMessage } from './send-messages.ts';
import { releasedCandidates } from './summary-candidates.ts';

export const SUMMARY_JOB = 'customs.summary';

/** Retried for about four hours, like a declaration. */
const ATTEMPTS = 30;

/** Written by the summary run with the filing: the platform's own record of what the summary covers. */
export interface SummaryPayload {
  summaryId: string;
  /** 1 for the summary run's request; a resend after a rejection is the filing's next revision. */
  revision: number;
  /** The messages' time, the same on every retry. */
  at: string;
  /** The run's request carries its number and group; a resend finds them in the platform's records. */
  copNo?: string;
  group?: SummaryGroup;
}

/**
 * In the push's transaction: a rejected summary request the merchant resent (its next revision,
 * some inventories perhaps dropped) asks for one CEB701 change per revision.
 */
export async function enqueueSummaryResend(q: Queryable, tenantId: string, summaryId: string, revision: number): Promise<void> {
  const payload: SummaryPayload = { summaryId, revision, at: new Date().toISOString() };
  await enqueueJob(q, { kind: SUMMARY_JOB, key: `${SUMMARY_JOB}:${tenantId}:${summaryId}:${revision}`, tenantId, payload: { ...payload }, maxAttempts: ATTEMPTS });
}

/**
 * A resend's request: the copNo the first request went with, and the group of the inventories the
 * summary still claims and the merchant kept (the others are marked dropped at this revision: they
 * stay claimed, so no later run gathers them, and the summary's outcome no longer reaches them).
 */
async function resentRequest(db: Database, tenantId: string, summaryId: string, revision: number, kept: unknown): Promise<{ copNo: string; group: SummaryGroup }> {
  const [first] = await db.query<{ cop_no: string }>("SELECT cop_no FROM customs_messages WHERE tenant_id = $1 AND filing_id = $2 AND type = 'CEB701' AND revision = 1", [tenantId, summaryId]);
  if (!first) throw new Undeliverable('declaration_missing');
  const keep = Array.isArray(kept) ? kept.map(String) : [];
  const claimed = await db.transaction(async (q) => {
    await q.query('UPDATE customs_summary_items SET dropped_revision = $4 WHERE tenant_id = $1 AND summary_id = $2 AND dropped_revision IS NULL AND NOT (invt_no = ANY($3::text[]))', [
      tenantId,
      summaryId,
      keep,
      revision,
    ]);
    return new Set(
      (await q.query<{ invt_no: string }>('SELECT invt_no FROM customs_summary_items WHERE tenant_id = $1 AND summary_id = $2 AND dropped_revision IS NULL', [tenantId, summaryId])).map(
        (row) => row.invt_no,
      ),
    );
  });
  const candidates = await releasedCandidates(db, tenantId, (inventory) => claimed.has(inventory.invtNo));
  const [group, ...others] = summaryGroups(
    candidates.map((entry) => entry.candidate),
    '1',
  );
  // The inventories were one group when the run made the summary; a part of them still is.
  if (!group || others.length > 0) throw new Undeliverable('declaration_missing');
  return { copNo: first.cop_no, group };
}

/**
 * Sends a summary filing's CEB701 汇总申请单: built from the platform's records (the run's group, or
 * for a resend the inventories it still claims), not the replicated document, which a device could
 * edit; checked against the XSD, signed and sent once (its guids come from the summary, its revision
 * and its copNo, so a resend after a lost answer is a duplicate to the single window). The merchant
 * files the summary itself (报关单位 = its agent) by consignor (summaryFlag 1: the spec's flag 2 groups by
 * consignor and producer, which a resend does not change) and item name; a resend is a change (appType 2).
 */
export function summaryJob(db: Database, secrets: SecretStore, gateway: CustomsGateway): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const { summaryId, revision = 1, at, ...recorded } = job.payload as unknown as SummaryPayload;
    const filing = await storedFiling(db, tenantId, summaryId);
    if (!filing || filing.status !== 'submitted' || filing.revision !== revision) return;
    try {
      const { signer, dxpId, sender } = await merchantSender(db, secrets, tenantId);
      const { copNo, group } = recorded.group && recorded.copNo ? { copNo: recorded.copNo, group: recorded.group } : await resentRequest(db, tenantId, summaryId, revision, filing.payload.invtNos);
      const appType = revision === 1 ? '1' : '2';
      const ids = messageIds(summaryId, revision, copNo, 'CEB701');
      const message = buildCeb701(group, { copNo, declAgent: group.first.agent, summaryFlag: '1', byItemName: true }, { at, appType, appStatus: '2', sender }, ids);
      const built: BuiltMessage[] = [{ kind: 'CEB701', orderNo: '', copNo, ...ids, xml: toXml(message) }];
      await checkAgainstXsd(built);
      await sendMessages(db, gateway, { tenantId, filingId: summaryId, revision, appType, at, signer, dxpId, marksSent: true }, built);
    } catch (error) {
      await recordFailure(db, tenantId, summaryId, error);
    }
  };
}
