import { buildCeb605, releasedInventories, toXml, type Submission } from '@tradewind/customs';
import type { Database } from '../db/database.ts';
import type { Job } from '../jobs/index.ts';
import type { SecretStore } from '../secrets/store.ts';
import { messageIds } from './declaration-input.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { checkAgainstXsd, merchantSender, recordFailure, sendMessages, storedFiling, type BuiltMessage } from './send-messages.ts';

export const CANCEL_JOB = 'customs.cancel';

export interface CancelPayload {
  filingId: string;
  at: string;
}

/** The CEB605 撤销申请单 of each released inventory of a filing whose merchant asked to cancel it. */
export function cancelJob(db: Database, secrets: SecretStore, gateway: CustomsGateway): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const payload = job.payload as unknown as CancelPayload;
    const filing = await storedFiling(db, tenantId, payload.filingId);
    if (!filing?.cancelRequest || !filing.declaration) return;
    try {
      const { merchant, signer, dxpId, sender } = await merchantSender(db, secrets, tenantId);
      const party = { code: merchant.customsCode, name: merchant.name };
      const submission: Submission = { at: payload.at, appType: '1', appStatus: '2', sender };
      const built: BuiltMessage[] = releasedInventories(filing).map(({ copNo, invtNo }) => {
        const ids = messageIds(filing.id, filing.revision, copNo, 'CEB605');
        // 企业内部编号 of the cancel request: the inventory's, marked (≤ 30 characters).
        const cancelCopNo = `${copNo.slice(0, 28)}-C`;
        const message = buildCeb605({ customsCode: filing.declaration!.customsCode, copNo: cancelCopNo, invtNo, reason: filing.cancelRequest!.reason, agent: party, ebc: party }, submission, ids);
        return { kind: 'CEB605', orderNo: '', copNo: cancelCopNo, ...ids, xml: toXml(message) };
      });
      if (built.length === 0) return;
      await checkAgainstXsd(built);
      await sendMessages(db, gateway, { tenantId, filingId: filing.id, revision: filing.revision, appType: '1', at: payload.at, signer, dxpId, marksSent: false }, built);
    } catch (error) {
      await recordFailure(db, tenantId, filing.id, error);
    }
  };
}
