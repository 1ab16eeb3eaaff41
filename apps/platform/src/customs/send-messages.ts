import { wrap, type AnyCebMessage, type Submission } from '@tradewind/customs';
import type { MessageSigner } from '@tradewind/customs/signing';
import { validateMessages } from '@tradewind/customs/xsd';
import type { FilingDoc, FilingMessage, MerchantDoc } from '@tradewind/domain';
import type { Database, Queryable } from '../db/database.ts';
import type { SecretStore } from '../secrets/store.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { merchantSigner } from './credentials.ts';
import { dxpIdOf, SINGLE_WINDOW_ID } from './declaration-input.ts';
import { customsNotice, updateFiling } from './filing-writes.ts';
import { GatewayRefused, type CustomsGateway } from './gateways/gateway.ts';

/** A message that cannot be sent as it is: the filing says `failed` and the merchant gets the reason. Not retried. */
export class Undeliverable extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string> = {},
  ) {
    super(reason);
  }
}

export interface BuiltMessage {
  kind: AnyCebMessage['kind'];
  orderNo: string;
  copNo: string;
  messageGuid: string;
  documentGuid: string;
  xml: string;
}

export interface Sending {
  tenantId: string;
  filingId: string;
  revision: number;
  appType: FilingMessage['appType'];
  /** The messages' envelope time: the request's, the same on every retry. */
  at: string;
  signer: MessageSigner;
  dxpId: string;
  /** A declaration makes the filing `sent`; a cancel request leaves the released status until customs answers. */
  marksSent: boolean;
}

export const docsOf = async <T>(q: Queryable, table: string, tenantId: string, ids: string[]): Promise<T[]> =>
  (await q.query<{ doc: T }>(`SELECT doc FROM ${table} WHERE tenant_id = $1 AND id = ANY($2::text[]) AND NOT deleted`, [tenantId, ids])).map((row) => row.doc);

export const merchantOf = async (q: Queryable, tenantId: string): Promise<MerchantDoc | undefined> => (await docsOf<MerchantDoc>(q, 'doc_merchant', tenantId, ['profile']))[0];

export interface MerchantSender {
  merchant: MerchantDoc;
  signer: MessageSigner;
  dxpId: string;
  sender: Submission['sender'];
}

/** Who sends the tenant's messages and with which key: its profile, its sealed signing key, its DXP id. */
export async function merchantSender(db: Database, secrets: SecretStore, tenantId: string): Promise<MerchantSender> {
  const signer = await merchantSigner(db, secrets, tenantId);
  if (!signer) throw new Undeliverable('credentials_missing');
  const merchant = await merchantOf(db, tenantId);
  if (!merchant) throw new Undeliverable('declaration_missing');
  const dxpId = dxpIdOf(merchant.customsCode);
  return { merchant, signer, dxpId, sender: { copCode: merchant.customsCode, copName: merchant.name, dxpId } };
}

/** The stored filing, or undefined when it is gone. */
export async function storedFiling(q: Queryable, tenantId: string, filingId: string): Promise<FilingDoc | undefined> {
  const [row] = await q.query<{ doc: FilingDoc; deleted: boolean }>('SELECT doc, deleted FROM doc_filings WHERE tenant_id = $1 AND id = $2', [tenantId, filingId]);
  return row && !row.deleted ? row.doc : undefined;
}

export async function checkAgainstXsd(built: BuiltMessage[]): Promise<void> {
  const invalid = (await validateMessages(built.map((message) => ({ name: `${message.orderNo || message.copNo}-${message.kind}.xml`, xml: message.xml })))).find((result) => !result.valid);
  if (invalid) throw new Undeliverable('xsd', { detail: `${invalid.name}: ${invalid.errors[0]?.message ?? 'invalid'}` });
}

/**
 * Signs, wraps and hands each message to the gateway, recording it (customs_messages) before it
 * goes; the gateway's `duplicate` (a resend after a lost answer) counts as sent. Then the filing
 * lists the messages (a declaration also says `sent`, unless a receipt for it already came), with one notice.
 */
export async function sendMessages(db: Database, gateway: CustomsGateway, sending: Sending, built: BuiltMessage[]): Promise<void> {
  const sent: FilingMessage[] = [];
  for (const message of built) {
    await db.query(
      `INSERT INTO customs_messages (message_guid, document_guid, tenant_id, filing_id, revision, type, cop_no, order_no, app_type)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (message_guid) DO NOTHING`,
      [message.messageGuid, message.documentGuid, sending.tenantId, sending.filingId, sending.revision, message.kind, message.copNo, message.orderNo, sending.appType],
    );
    const envelope = wrap(sending.signer.sign(message.xml), { copMsgId: message.messageGuid, senderId: sending.dxpId, receiverIds: [SINGLE_WINDOW_ID], createdAt: sending.at });
    await gateway.send({ envelope, copMsgId: message.messageGuid, senderId: sending.dxpId });
    const [row] = await db.query<{ sent_at: string }>('UPDATE customs_messages SET sent_at = coalesce(sent_at, now()) WHERE message_guid = $1 RETURNING sent_at::text', [message.messageGuid]);
    sent.push({
      type: message.kind,
      guid: message.messageGuid,
      copNo: message.copNo,
      orderNo: message.orderNo,
      appType: sending.appType,
      revision: sending.revision,
      sentAt: new Date(row!.sent_at).toISOString(),
    });
  }
  const answered = (await db.query('SELECT 1 FROM customs_receipts WHERE document_guid = ANY($1::text[]) LIMIT 1', [built.map((message) => message.documentGuid)])).length > 0;
  await db.transaction((q) =>
    writeDocumentsIn(q, sending.tenantId, (tx) =>
      updateFiling(
        tx,
        sending.filingId,
        (stored) => {
          const known = new Set(stored.messages.map((message) => message.guid));
          const fresh = sent.filter((message) => !known.has(message.guid));
          if (fresh.length === 0) return null;
          // A receipt may already have arrived (the answer to a send was lost, the receipt was not): it is newer than "sent".
          return { messages: [...stored.messages, ...fresh], customsStatus: answered || !sending.marksSent ? stored.customsStatus : 'sent', customsStatusAt: new Date().toISOString() };
        },
        (stored) => (stored.messages.some((message) => message.guid === sent[0]?.guid) ? [] : [sentNotice(stored.title, sent)]),
      ),
    ),
  );
}

/** "Sent" in the merchant's words: a declaration names its orders, a summary request (CEB701, no order) its own number. */
function sentNotice(title: string, sent: FilingMessage[]) {
  if (sent.every((message) => message.type === 'CEB701')) return customsNotice('notice.customs.summary.sent', 'info', { title, copNo: sent.map((message) => message.copNo).join(', ') });
  return customsNotice('notice.customs.sent', 'info', { title, orderNo: [...new Set(sent.map((message) => message.orderNo || message.copNo))].join(', ') });
}

/**
 * A failure that resending cannot fix (Undeliverable, or the single window refusing the message)
 * marks the filing `failed` with a notice; anything else (gateway away, database) is rethrown so
 * the job is retried with backoff.
 */
export async function recordFailure(db: Database, tenantId: string, filingId: string, error: unknown): Promise<void> {
  const refusal = error instanceof GatewayRefused ? new Undeliverable('refused', { code: error.code, detail: error.message }) : error;
  if (!(refusal instanceof Undeliverable)) throw error;
  await db.transaction((q) =>
    writeDocumentsIn(q, tenantId, (tx) =>
      updateFiling(
        tx,
        filingId,
        () => ({ customsStatus: 'failed', customsStatusAt: new Date().toISOString() }),
        (stored) => [customsNotice(`notice.customs.failed.${refusal.reason}`, 'error', { title: stored.title, ...refusal.params })],
      ),
    ),
  );
}
