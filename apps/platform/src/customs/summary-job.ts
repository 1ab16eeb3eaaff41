import { buildCeb701, toXml, type SummaryGroup } from '@tradewind/customs';
import type { Database } from '../db/database.ts';
import type { Job } from '../jobs/index.ts';
import type { SecretStore } from '../secrets/store.ts';
import { messageIds } from './declaration-input.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { checkAgainstXsd, merchantSender, recordFailure, sendMessages, storedFiling, type BuiltMessage } from './send-messages.ts';

export const SUMMARY_JOB = 'customs.summary';

/** Written by the summary run with the filing: the platform's own record of what the summary covers. */
export interface SummaryPayload {
  summaryId: string;
  copNo: string;
  /** The messages' time, the same on every retry. */
  at: string;
  group: SummaryGroup;
}

/**
 * Sends a summary filing's CEB701 汇总申请单: built from the job's group (not the replicated document,
 * which a device could edit), checked against the XSD, signed and sent once (its guids come from the
 * summary and its copNo, so a resend after a lost answer is a duplicate to the single window).
 * The merchant files the summary itself (报关单位 = its agent) by consignor (summaryFlag 1) and item name.
 */
export function summaryJob(db: Database, secrets: SecretStore, gateway: CustomsGateway): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const { summaryId, copNo, at, group } = job.payload as unknown as SummaryPayload;
    const filing = await storedFiling(db, tenantId, summaryId);
    if (!filing || filing.status !== 'submitted') return;
    try {
      const { signer, dxpId, sender } = await merchantSender(db, secrets, tenantId);
      const ids = messageIds(summaryId, 1, copNo, 'CEB701');
      const message = buildCeb701(group, { copNo, declAgent: group.first.agent, summaryFlag: '1', byItemName: true }, { at, appType: '1', appStatus: '2', sender }, ids);
      const built: BuiltMessage[] = [{ kind: 'CEB701', orderNo: '', copNo, ...ids, xml: toXml(message) }];
      await checkAgainstXsd(built);
      await sendMessages(db, gateway, { tenantId, filingId: summaryId, revision: 1, appType: '1', at, signer, dxpId, marksSent: true }, built);
    } catch (error) {
      await recordFailure(db, tenantId, summaryId, error);
    }
  };
}
