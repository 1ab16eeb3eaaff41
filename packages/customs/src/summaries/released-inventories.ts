import type { FilingDoc } from '@tradewind/domain';

/** One inventory (清单) of a filing that customs released: its numbers and when it was released. */
export interface ReleasedInventory {
  /** 企业唯一编号 of the inventory = the order number it declares. */
  copNo: string;
  /** The inventory number customs gave it (CEB604). */
  invtNo: string;
  /** ISO-8601 instant of its first 800 放行 receipt. */
  releasedAt: string;
}

/**
 * The inventories of a filing's current revision that customs released (800 放行, then maybe 899 结关)
 * and that no approved CEB605 cancel (CEB606 399) took back, read from the filing's receipt history.
 */
export function releasedInventories(filing: Pick<FilingDoc, 'revision' | 'messages' | 'receipts'>): ReleasedInventory[] {
  const current = new Set(filing.messages.filter((message) => message.type === 'CEB603' && message.revision === filing.revision).map((message) => message.copNo));
  const cancelled = new Set(filing.receipts.filter((receipt) => receipt.type === 'CEB606' && receipt.code === '399').map((receipt) => receipt.documents.invtNo));
  const released = new Map<string, ReleasedInventory>();
  for (const receipt of filing.receipts) {
    const { copNo, invtNo } = receipt.documents;
    if (receipt.type !== 'CEB604' || receipt.code !== '800' || !copNo || !invtNo || !current.has(copNo) || cancelled.has(invtNo)) continue;
    if (!released.has(invtNo)) released.set(invtNo, { copNo, invtNo, releasedAt: receipt.at });
  }
  return [...released.values()];
}
