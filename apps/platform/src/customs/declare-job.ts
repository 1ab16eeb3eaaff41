import { buildExportDeclaration, declarationInputs, precheckDeclaration, renderIssue, toXml, type AnyCebMessage, type MessageIds, type Submission } from '@tradewind/customs';
import type { FilingDoc, OrderDoc, ProductDoc } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import type { Job } from '../jobs/index.ts';
import { latestRateTable } from '../rates/rate-tables.ts';
import type { SecretStore } from '../secrets/store.ts';
import { messageIds } from './declaration-input.ts';
import type { CustomsGateway } from './gateways/gateway.ts';
import { checkAgainstXsd, docsOf, merchantOf, merchantSender, recordFailure, sendMessages, storedFiling, Undeliverable, type BuiltMessage } from './send-messages.ts';

export const DECLARE_JOB = 'customs.declare';

export interface DeclarePayload {
  filingId: string;
  revision: number;
  /** When the merchant's submission reached the platform: the messages' time, the same on every retry. */
  at: string;
}

/** Orders, products and profile of the filing's own tenant only: another tenant's order id is simply not found. */
async function buildMessages(db: Database, tenantId: string, filing: FilingDoc, payload: DeclarePayload, sender: Submission['sender']): Promise<BuiltMessage[]> {
  const orders = await docsOf<OrderDoc>(db, 'doc_orders', tenantId, filing.orderIds);
  const missing = filing.orderIds.filter((id) => !orders.some((order) => order.id === id));
  if (filing.orderIds.length === 0 || missing.length > 0) throw new Undeliverable('unknown_orders', { detail: missing.join(', ') || '—' });
  const productIds = [...new Set(orders.flatMap((order) => order.lines.map((line) => line.productId)))];
  const products = await docsOf<ProductDoc>(db, 'doc_products', tenantId, productIds);
  const merchant = (await merchantOf(db, tenantId))!;
  const declared = declarationInputs(filing, orders, products, merchant, await latestRateTable(db));
  if ('missingRate' in declared) throw new Undeliverable('precheck', { detail: `no CNY rate for ${declared.missingRate}` });
  const submission: Submission = { at: payload.at, appType: payload.revision > 1 ? '2' : '1', appStatus: '2', sender };
  const built: BuiltMessage[] = [];
  for (const { order, input } of declared) {
    const blocking = precheckDeclaration(input).issues.find((found) => found.severity === 'error');
    if (blocking) throw new Undeliverable('precheck', { detail: `${order.number}: ${renderIssue(blocking, 'zh-CN').problem} / ${renderIssue(blocking, 'en').problem}` });
    const ids = { order: messageIds(filing.id, payload.revision, order.id, 'CEB303'), inventory: messageIds(filing.id, payload.revision, order.id, 'CEB603') };
    const declaration = buildExportDeclaration(input, submission, ids);
    const messages: [AnyCebMessage, MessageIds][] =
      declaration.route === 'inventory'
        ? [
            [declaration.order, ids.order],
            [declaration.inventory, ids.inventory],
          ]
        : [[declaration.order, ids.order]];
    for (const [message, messageIds] of messages) built.push({ kind: message.kind, orderNo: input.orderNo, copNo: input.copNo, ...messageIds, xml: toXml(message) });
  }
  await checkAgainstXsd(built);
  return built;
}

/**
 * The job of one submitted filing revision: builds its messages from the stored documents, checks
 * them against the XSD, signs them with the merchant's key, wraps them and hands them to the
 * gateway. A retry rebuilds the same guids, so a send whose answer was lost comes back from the
 * single window as a duplicate.
 */
export function declareJob(db: Database, secrets: SecretStore, gateway: CustomsGateway): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const payload = job.payload as unknown as DeclarePayload;
    const filing = await storedFiling(db, tenantId, payload.filingId);
    // Withdrawn, deleted or already resent as a newer revision: this revision is not to be sent.
    if (!filing || filing.status !== 'submitted' || filing.revision !== payload.revision) return;
    try {
      if (!filing.declaration) throw new Undeliverable('declaration_missing');
      const { signer, dxpId, sender } = await merchantSender(db, secrets, tenantId);
      const built = await buildMessages(db, tenantId, filing, payload, sender);
      await sendMessages(db, gateway, { tenantId, filingId: filing.id, revision: payload.revision, appType: payload.revision > 1 ? '2' : '1', at: payload.at, signer, dxpId, marksSent: true }, built);
    } catch (error) {
      await recordFailure(db, tenantId, filing.id, error);
    }
  };
}
