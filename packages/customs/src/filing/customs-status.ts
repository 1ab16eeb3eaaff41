import { isRejection, type CustomsStatus, type FilingDoc, type FilingReceipt } from '@tradewind/domain';
import { statusOf } from '../receipts/status-codes.ts';

/** Receipt types about the inventory (清单): they, not the order's CEB304, decide once one has come (as the platform applies them). */
const INVENTORY_RECEIPTS = new Set(['CEB604', 'CEB606', 'CEB608']);

export type StatusTone = 'waiting' | 'pending' | 'done' | 'rejected';

export interface CustomsStatusView {
  /** `none`, `sent` and `failed` are the platform's words (texts `filings.customsStatuses.*`); a spec code has its meaning here. */
  code: CustomsStatus;
  meaning?: { 'zh-CN': string; en: string };
  tone: StatusTone;
}

/** A filing's or an order's customs status in words, with how it stands (for its colour). */
export function customsStatusView(code: CustomsStatus): CustomsStatusView {
  if (code === 'none' || code === 'sent') return { code, tone: code === 'none' ? 'waiting' : 'pending' };
  if (code === 'failed') return { code, tone: 'rejected' };
  const status = statusOf(code, 'CEB604');
  const meaning = status && { 'zh-CN': status.zh, en: status.en };
  if (isRejection(code)) return { code, meaning, tone: 'rejected' };
  return { code, meaning, tone: code === '800' || code === '899' ? 'done' : 'pending' };
}

const namesOrder = (receipt: FilingReceipt, orderNumber: string) => receipt.documents['orderNo'] === orderNumber || receipt.documents['copNo'] === orderNumber;

/** The receipts of one order of a filing, in the order they came. */
export function receiptsOfOrder(filing: Pick<FilingDoc, 'receipts'>, orderNumber: string): FilingReceipt[] {
  return filing.receipts.filter((receipt) => namesOrder(receipt, orderNumber));
}

/**
 * The customs status of one order of a filing: its latest inventory receipt once one has come,
 * else its latest receipt; the filing's own status (none, sent, failed) while customs said nothing.
 */
export function orderCustomsStatus(filing: Pick<FilingDoc, 'receipts' | 'customsStatus'>, orderNumber: string): CustomsStatus {
  const receipts = receiptsOfOrder(filing, orderNumber);
  const inventory = receipts.filter((receipt) => INVENTORY_RECEIPTS.has(receipt.type));
  const deciding = (inventory.length > 0 ? inventory : receipts).at(-1);
  if (deciding) return deciding.code as CustomsStatus;
  return /^(none|sent|failed)$/.test(filing.customsStatus) ? filing.customsStatus : 'sent';
}

/** Why customs turned the filing down: the receipt that set its rejected status (its meaning and customs' own note). */
export function rejectionOf(filing: Pick<FilingDoc, 'receipts' | 'customsStatus'>): FilingReceipt | undefined {
  if (!isRejection(filing.customsStatus) || filing.customsStatus === 'failed') return undefined;
  return filing.receipts.findLast((receipt) => receipt.code === filing.customsStatus);
}

/**
 * Resent after a rejection and not yet sent by the platform: the status is still the old rejection,
 * but there is nothing to fix until the new revision is answered. (A `failed` filing may always be
 * resent: the platform sends nothing for it, so its messages cannot tell.)
 */
export function resendWaiting(filing: Pick<FilingDoc, 'customsStatus' | 'revision' | 'messages'>): boolean {
  return filing.customsStatus !== 'failed' && filing.revision > 1 && !filing.messages.some((message) => message.revision === filing.revision);
}
