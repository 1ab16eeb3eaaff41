import { buildExportDeclaration, precheckDeclaration, renderIssue, toXml, wrap, type AnyCebMessage, type Submission } from '@tradewind/customs';
import { validateMessages } from '@tradewind/customs/xsd';
import type { FilingDoc, FilingMessage, MerchantDoc, OrderDoc, ProductDoc } from '@tradewind/domain';
import type { Database, Queryable } from '../db/database.ts';
import type { Job } from '../jobs/index.ts';
import { latestRateTable } from '../rates/rate-tables.ts';
import type { SecretStore } from '../secrets/store.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { merchantSigner } from './credentials.ts';
import { declarationInputs, dxpIdOf, messageIds, SINGLE_WINDOW_ID } from './declaration-input.ts';
import { customsNotice, updateFiling } from './filing-writes.ts';
import { GatewayRefused, type CustomsGateway } from './gateways/gateway.ts';

export const DECLARE_JOB = 'customs.declare';

export interface DeclarePayload {
  filingId: string;
  revision: number;
  /** When the merchant's submission reached the platform: the messages' time, the same on every retry. */
  at: string;
}

/** A declaration that cannot be sent as it is: the filing says so and the merchant gets the reason. Not retried. */
class Undeliverable extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string> = {},
  ) {
    super(reason);
  }
}

const docsOf = async <T>(q: Queryable, table: string, tenantId: string, ids: string[]): Promise<T[]> =>
  (await q.query<{ doc: T }>(`SELECT doc FROM ${table} WHERE tenant_id = $1 AND id = ANY($2::text[]) AND NOT deleted`, [tenantId, ids])).map((row) => row.doc);

interface BuiltMessage {
  kind: AnyCebMessage['kind'];
  orderNo: string;
  copNo: string;
  messageGuid: string;
  documentGuid: string;
  xml: string;
}

/** Orders, products and profile of the filing's own tenant only: another tenant's order id is simply not found. */
async function buildMessages(db: Database, tenantId: string, filing: FilingDoc, payload: DeclarePayload, sender: Submission['sender']): Promise<BuiltMessage[]> {
  const orders = await docsOf<OrderDoc>(db, 'doc_orders', tenantId, filing.orderIds);
  const missing = filing.orderIds.filter((id) => !orders.some((order) => order.id === id));
  if (filing.orderIds.length === 0 || missing.length > 0) throw new Undeliverable('unknown_orders', { detail: missing.join(', ') || '—' });
  const productIds = [...new Set(orders.flatMap((order) => order.lines.map((line) => line.productId)))];
  const products = await docsOf<ProductDoc>(db, 'doc_products', tenantId, productIds);
  const [merchant] = await docsOf<MerchantDoc>(db, 'doc_merchant', tenantId, ['profile']);
  if (!merchant) throw new Undeliverable('declaration_missing');
  const declared = declarationInputs(filing, orders, products, merchant, await latestRateTable(db));
  if ('missingRate' in declared) throw new Undeliverable('precheck', { detail: `no CNY rate for ${declared.missingRate}` });
  const submission: Submission = { at: payload.at, appType: payload.revision > 1 ? '2' : '1', appStatus: '2', sender };
  const built: BuiltMessage[] = [];
  for (const { order, input } of declared) {
    const precheck = precheckDeclaration(input);
    const blocking = precheck.issues.find((found) => found.severity === 'error');
    if (blocking) throw new Undeliverable('precheck', { detail: `${order.number}: ${renderIssue(blocking, 'zh-CN').problem} / ${renderIssue(blocking, 'en').problem}` });
    const ids = { order: messageIds(filing.id, payload.revision, order.id, 'CEB303'), inventory: messageIds(filing.id, payload.revision, order.id, 'CEB603') };
    const declaration = buildExportDeclaration(input, submission, ids);
    const messages: [AnyCebMessage, typeof ids.order][] = declaration.route === 'inventory' ? [[declaration.order, ids.order], [declaration.inventory, ids.inventory]] : [[declaration.order, ids.order]];
    for (const [message, messageIds] of messages) built.push({ kind: message.kind, orderNo: input.orderNo, copNo: input.copNo, ...messageIds, xml: toXml(message) });
  }
  const invalid = (await validateMessages(built.map((message) => ({ name: `${message.orderNo}-${message.kind}.xml`, xml: message.xml })))).find((result) => !result.valid);
  if (invalid) throw new Undeliverable('xsd', { detail: `${invalid.name}: ${invalid.errors[0]?.message ?? 'invalid'}` });
  return built;
}

/**
 * The job of one submitted filing revision: builds its messages from the stored documents, checks
 * them against the XSD, signs them with the merchant's key, wraps them and hands them to the gateway.
 * Every message is recorded (customs_messages) before it is sent; a retry rebuilds the same guids,
 * so a send whose answer was lost comes back from the single window as a duplicate.
 */
export function declareJob(db: Database, secrets: SecretStore, gateway: CustomsGateway): (job: Job) => Promise<void> {
  return async (job) => {
    const tenantId = job.tenantId!;
    const payload = job.payload as unknown as DeclarePayload;
    const [row] = await db.query<{ doc: FilingDoc; deleted: boolean }>('SELECT doc, deleted FROM doc_filings WHERE tenant_id = $1 AND id = $2', [tenantId, payload.filingId]);
    const filing = row?.doc;
    // Withdrawn, deleted or already resent as a newer revision: this revision is not to be sent.
    if (!filing || row.deleted || filing.status !== 'submitted' || filing.revision !== payload.revision) return;
    try {
      if (!filing.declaration) throw new Undeliverable('declaration_missing');
      const signer = await merchantSigner(db, secrets, tenantId);
      if (!signer) throw new Undeliverable('credentials_missing');
      const [merchant] = await docsOf<MerchantDoc>(db, 'doc_merchant', tenantId, ['profile']);
      const dxpId = dxpIdOf(merchant?.customsCode ?? '');
      const built = await buildMessages(db, tenantId, filing, payload, { copCode: merchant!.customsCode, copName: merchant!.name, dxpId });
      const sent: FilingMessage[] = [];
      for (const message of built) {
        await db.query(
          `INSERT INTO customs_messages (message_guid, document_guid, tenant_id, filing_id, revision, type, cop_no, order_no, app_type)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (message_guid) DO NOTHING`,
          [message.messageGuid, message.documentGuid, tenantId, filing.id, payload.revision, message.kind, message.copNo, message.orderNo, payload.revision > 1 ? '2' : '1'],
        );
        const envelope = wrap(signer.sign(message.xml), { copMsgId: message.messageGuid, senderId: dxpId, receiverIds: [SINGLE_WINDOW_ID], createdAt: payload.at });
        await gateway.send({ envelope, copMsgId: message.messageGuid, senderId: dxpId });
        const [{ sent_at: sentAt }] = (await db.query<{ sent_at: string }>(
          'UPDATE customs_messages SET sent_at = coalesce(sent_at, now()) WHERE message_guid = $1 RETURNING sent_at::text',
          [message.messageGuid],
        )) as [{ sent_at: string }];
        sent.push({ type: message.kind, guid: message.messageGuid, copNo: message.copNo, orderNo: message.orderNo, appType: payload.revision > 1 ? '2' : '1', revision: payload.revision, sentAt: new Date(sentAt).toISOString() });
      }
      const answered = (await db.query('SELECT 1 FROM customs_receipts WHERE document_guid = ANY($1::text[]) LIMIT 1', [built.map((message) => message.documentGuid)])).length > 0;
      await db.transaction((q) =>
        writeDocumentsIn(q, tenantId, (tx) =>
          updateFiling(
            tx,
            filing.id,
            (stored) => {
              const known = new Set(stored.messages.map((message) => message.guid));
              const fresh = sent.filter((message) => !known.has(message.guid));
              if (fresh.length === 0) return null;
              // A receipt may already have arrived (the answer to a send was lost, the receipt was not): it is newer than "sent".
              const status = answered ? stored.customsStatus : 'sent';
              return { messages: [...stored.messages, ...fresh], customsStatus: status, customsStatusAt: new Date().toISOString() };
            },
            (stored) => stored.messages.some((message) => message.guid === sent[0]?.guid) ? [] : [customsNotice('notice.customs.sent', 'info', { title: stored.title, orderNo: [...new Set(sent.map((message) => message.orderNo))].join(', ') })],
          ),
        ),
      );
    } catch (error) {
      const refusal = error instanceof GatewayRefused ? new Undeliverable('refused', { code: error.code, detail: error.message }) : error;
      if (!(refusal instanceof Undeliverable)) throw error; // unavailable gateway, database: retried with backoff
      await db.transaction((q) =>
        writeDocumentsIn(q, tenantId, (tx) =>
          updateFiling(
            tx,
            filing.id,
            () => ({ customsStatus: 'failed', customsStatusAt: new Date().toISOString() }),
            (stored) => [customsNotice(`notice.customs.failed.${refusal.reason}`, 'error', { title: stored.title, ...refusal.params })],
          ),
        ),
      );
    }
  };
}
