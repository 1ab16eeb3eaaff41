import { createHash } from 'node:crypto';
import type { MessageIds } from '@tradewind/customs';

/** The merchant's DXP id (SenderId): DXPENT + the 10-character customs code (chosen; the E-Port assigns real ones). */
export const dxpIdOf = (customsCode: string) => `DXPENT${customsCode}`.slice(0, 16);

/** The single window's export receiver id (from the receipts' sender in customs-facts §1.5; chosen for requests). */
export const SINGLE_WINDOW_ID = 'DXPEDCCEB0000002';

/**
 * Message guids made from the filing, its revision, the order and the message kind: a retried job
 * rebuilds the same guids, so the single window recognises a resend as a duplicate.
 */
export function messageIds(filingId: string, revision: number, orderId: string, kind: string): MessageIds {
  const uuid = (part: string) => {
    const hex = createHash('sha256').update(`${filingId}:${revision}:${orderId}:${kind}:${part}`).digest('hex');
    // RFC 9562 version 8 (custom) layout, upper case as the spec asks.
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
  };
  return { messageGuid: uuid('message'), documentGuid: uuid('document') };
}
