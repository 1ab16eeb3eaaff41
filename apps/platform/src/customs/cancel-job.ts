import { buildCeb605, toXml, type Submission } from '@tradewind/customs';
import type { FilingDoc } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import type { Job } from '../jobs/index.ts';
import type { SecretStore } from '../secrets/store.ts';
import { merchantSigner } from './credentials.ts';
import { dxpIdOf, messageIds } from './declaration-input.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { checkAgainstXsd, merchantOf, recordFailure, sendMessages, storedFiling, Undeliverable, type BuiltMessage } from './send-messages.ts';

export const CANCEL_JOB = 'customs.cancel';

export interface CancelPayload {
  filingId: string;
  at: string;
}

/** The inventories customs released for the filing's current revision: copNo and the invtNo customs gave it. */
function releasedInventories(filing: FilingDoc): { copNo: string; invtNo: string }[] {
  const current = new Set(filing.messages.filter((message) => message.type === 'CEB603' && message.revision === filing.revision).map((message) => message.copNo));
  const byCopNo = new Map<string, string>();
  for (const receipt of filing.receipts) {
    const { copNo, invtNo } = receipt.documents;
    if (receipt.type === 'CEB604' && copNo && invtNo && current.has(copNo)) byCopNo.set(copNo, invtNo);
  }
  return [...byCopNo].map(([copNo, invtNo]) => ({ copNo, invtNo }));
}

/** The CEB605 撤销申请单 of each released inventory of a filing whose merchant asked to cancel it. */
export function cancelJob(db: Database, secrets: SecretStore, gateway: CustomsGateway): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const payload = job.payload as unknown as CancelPayload;
    const filing = await storedFiling(db, tenantId, payload.filingId);
    if (!filing?.cancelRequest || !filing.declaration) return;
    try {
      const signer = await merchantSigner(db, secrets, tenantId);
      if (!signer) throw new Undeliverable('credentials_missing');
      const merchant = (await merchantOf(db, tenantId))!;
      const dxpId = dxpIdOf(merchant.customsCode);
      const party = { code: merchant.customsCode, name: merchant.name };
      const submission: Submission = { at: payload.at, appType: '1', appStatus: '2', sender: { copCode: merchant.customsCode, copName: merchant.name, dxpId } };
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
