import { buildProforma, proformaEmail, type BuyerDoc, type MerchantDoc, type OrderDoc, type ProformaEmailDoc, type ProformaEmailFailure } from '@tradewind/domain';
import type { Database } from '../db/database.ts';
import type { Job, JobHandler } from '../jobs/index.ts';
import { platformNotice } from '../notices/notice.ts';
import { writeDocumentsIn } from '../sync/sql-sync-store.ts';
import { MailNotTaken, type MailTransport } from './mail-transport.ts';
import { RendererUnavailable, type ProformaRenderer } from './proforma-pdf.tsx';
import { tenantDoc, updateRequest, type DeliveryFields } from './request-writes.ts';

export const PROFORMA_EMAIL_JOB = 'proforma.email';

/** With the worker's backoff (doubling, at most 10 minutes apart) a mail server may be away for about an hour. */
export const PROFORMA_EMAIL_ATTEMPTS = 14;

export interface MailService {
  transport: MailTransport;
  /** The park's sender, `Name <address>`. */
  from: string;
}

export interface ProformaEmailPayload {
  requestId: string;
}

/** A request the platform stops working on: its status says `failed` and the merchant gets a notice. */
class RequestFailed extends Error {
  constructor(
    readonly reason: ProformaEmailFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

interface SendRow {
  attempt_started_at: string | null;
  message_id: string | null;
}

/**
 * Sends one proforma e-mail request, at most once.
 *
 * SMTP has no idempotency key: once the message's final dot is on the wire, a broken connection or
 * a lost "250 OK" leaves it unknown whether the server took it, and sending again may deliver it
 * twice. At-least-once (resend until a 250 is seen) would risk a buyer getting the same proforma
 * twice; at-most-once risks it not arriving, which the merchant sees ("failed, may not have
 * arrived") and answers with a resend, a new request. So every attempt is marked in
 * `proforma_email_sends` (committed) before the server is asked; a refusal the server answered
 * (4xx, 5xx) or a server never reached is certain non-delivery and clears the mark, so the job
 * retries a 451 safely; a success records the Message-ID. An attempt that finds a mark it did not
 * clear (the process died mid-send, the outcome unknown) does not send again.
 */
export function proformaEmailJob(db: Database, mail: MailService | undefined, renderer: ProformaRenderer): JobHandler {
  return async (job) => {
    const tenantId = job.tenantId!;
    const { requestId } = job.payload as unknown as ProformaEmailPayload;
    const request = await tenantDoc<ProformaEmailDoc>(db, 'doc_proformaemails', tenantId, requestId);
    if (!request || request.status === 'sent' || request.status === 'failed') return;
    const [send] = await db.query<SendRow>('SELECT attempt_started_at::text, message_id FROM proforma_email_sends WHERE tenant_id = $1 AND request_id = $2', [tenantId, requestId]);
    if (send?.message_id) return recordSent(db, tenantId, request, send.message_id);
    if (send?.attempt_started_at) return recordFailure(db, tenantId, request, new RequestFailed('outcome_unknown'));
    try {
      await sendOnce(db, tenantId, request, mail, renderer);
    } catch (error) {
      const failure = asFailure(error, job);
      if (!failure) throw error;
      await recordFailure(db, tenantId, request, failure);
    }
  };
}

async function sendOnce(db: Database, tenantId: string, request: ProformaEmailDoc, mail: MailService | undefined, renderer: ProformaRenderer): Promise<void> {
  const order = await tenantDoc<OrderDoc>(db, 'doc_orders', tenantId, request.orderId);
  // A device pushes its orders before its requests (PUSHED_AFTER); an order of another tenant is
  // never found (every read is the request's tenant's), so such a request fails and sends nothing.
  if (!order) throw new RequestFailed('order_not_found');
  if (!mail) throw new RequestFailed('mail_not_configured');
  const merchant = await tenantDoc<MerchantDoc>(db, 'doc_merchant', tenantId, 'profile');
  if (!merchant) throw new RequestFailed('order_not_found', 'merchant profile');
  const buyer = order.buyerId ? await tenantDoc<BuyerDoc>(db, 'doc_buyers', tenantId, order.buyerId) : undefined;
  const doc = buildProforma({ order, merchant, buyer, language: request.language, issuedOn: request.createdAt.slice(0, 10) });
  const pdf = await renderer.pdf(doc);
  const email = proformaEmail(doc, request.note);

  const attemptedAt = new Date().toISOString();
  const marked = await db.transaction(async (q) => {
    const rows = await q.query(
      `INSERT INTO proforma_email_sends (tenant_id, request_id, attempt_started_at) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, request_id) DO UPDATE SET attempt_started_at = excluded.attempt_started_at
       WHERE proforma_email_sends.attempt_started_at IS NULL AND proforma_email_sends.message_id IS NULL RETURNING request_id`,
      [tenantId, request.id, attemptedAt],
    );
    if (rows.length > 0) await writeDocumentsIn(q, tenantId, (tx) => updateRequest(tx, request.id, { status: 'sending', attemptedAt }));
    return rows.length > 0;
  });
  // Another worker began an attempt meanwhile: it owns the outcome.
  if (!marked) return;

  let messageId: string;
  try {
    ({ messageId } = await mail.transport.send({
      from: mail.from,
      replyTo: merchant.contactEmail || undefined,
      to: request.recipient,
      subject: email.subject,
      text: email.text,
      attachments: [{ filename: email.fileName, content: pdf, contentType: 'application/pdf' }],
    }));
  } catch (error) {
    // Broken off mid-send, the outcome unknown: the mark stays, so no later attempt sends.
    if (!(error instanceof MailNotTaken)) throw new RequestFailed('outcome_unknown', (error as Error).message);
    await db.query('UPDATE proforma_email_sends SET attempt_started_at = NULL WHERE tenant_id = $1 AND request_id = $2', [tenantId, request.id]);
    throw error;
  }
  await db.query('UPDATE proforma_email_sends SET message_id = $3, sent_at = now() WHERE tenant_id = $1 AND request_id = $2', [tenantId, request.id, messageId]);
  await recordSent(db, tenantId, request, messageId);
}

/** What ends a request as failed; undefined: retry with the job queue's backoff (a database hiccup, a 451). */
function asFailure(error: unknown, job: Job): RequestFailed | undefined {
  if (error instanceof RequestFailed) return error;
  if (error instanceof RendererUnavailable) return new RequestFailed('renderer_unavailable', error.message);
  if (error instanceof MailNotTaken) {
    if (!error.transient) return new RequestFailed(error.code === 552 ? 'too_large' : 'mail_refused', error.message);
    return job.attempt >= job.maxAttempts ? new RequestFailed('mail_unreachable', error.message) : undefined;
  }
  return undefined;
}

const noticeParams = (request: ProformaEmailDoc, orderNo: string) => ({ orderNo, recipient: request.recipient });

async function orderNumber(db: Database, tenantId: string, orderId: string): Promise<string> {
  return (await tenantDoc<OrderDoc>(db, 'doc_orders', tenantId, orderId))?.number ?? '—';
}

async function recordSent(db: Database, tenantId: string, request: ProformaEmailDoc, messageId: string): Promise<void> {
  const fields: DeliveryFields = { status: 'sent', sentAt: new Date().toISOString(), messageId, failure: undefined };
  const notice = platformNotice('notice.proformaEmail.sent', 'info', noticeParams(request, await orderNumber(db, tenantId, request.orderId)));
  await db.transaction((q) => writeDocumentsIn(q, tenantId, (tx) => updateRequest(tx, request.id, fields, [notice])));
}

async function recordFailure(db: Database, tenantId: string, request: ProformaEmailDoc, failure: RequestFailed): Promise<void> {
  const fields: DeliveryFields = { status: 'failed', failure: { reason: failure.reason, ...(failure.detail && { detail: failure.detail.slice(0, 500) }) } };
  const notice = platformNotice(`notice.proformaEmail.failed.${failure.reason}`, 'error', noticeParams(request, await orderNumber(db, tenantId, request.orderId)));
  await db.transaction((q) => writeDocumentsIn(q, tenantId, (tx) => updateRequest(tx, request.id, fields, [notice])));
}
