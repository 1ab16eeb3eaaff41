import { BUSINESS_ERRORS } from './business-errors.ts';
import type { ReceiptType } from './receipt-types.ts';

/**
 * pending: more receipts follow. done: the document reached its last good state. rejected: customs
 * refused it (100, the reason is in the message). error: it was never processed (4, or a negative code).
 */
export type StatusOutcome = 'pending' | 'done' | 'rejected' | 'error';

export interface ReceiptStatus {
  code: string;
  zh: string;
  en: string;
  outcome: StatusOutcome;
  /** No further receipt is expected for this document. */
  final: boolean;
}

/** returnStatus values of the 2022-05 receipts (spec §2, the 回执状态 of each receipt). */
export const RETURN_STATUSES: Readonly<Record<string, { zh: string; en: string }>> = {
  '1': { zh: '电子口岸已暂存', en: 'Saved at the E-Port, not yet declared' },
  '2': { zh: '电子口岸申报中', en: 'Being declared at the E-Port' },
  '3': { zh: '发送海关成功', en: 'Sent to customs' },
  '4': { zh: '发送海关失败', en: 'Sending to customs failed' },
  '100': { zh: '海关退单', en: 'Rejected by customs' },
  '120': { zh: '海关入库', en: 'Accepted into the customs system' },
  '300': { zh: '人工审核', en: 'Under manual review by customs' },
  '399': { zh: '海关审结', en: 'Customs review completed' },
  '500': { zh: '海关查验', en: 'Held for customs inspection' },
  '505': { zh: '移交', en: 'Handed over to another customs unit' },
  '600': { zh: '挂起', en: 'Suspended' },
  '800': { zh: '放行', en: 'Released' },
  '899': { zh: '结关', en: 'Closed: the export is complete' },
};

/** The status that ends each receipt's walk when all goes well (spec §2 status lists per receipt). */
const LAST_GOOD_STATUS: Readonly<Record<ReceiptType, readonly string[]>> = {
  CEB304: ['120', '399'],
  CEB604: ['899'],
  CEB606: ['399'],
  CEB608: ['120', '399'],
  CEB702: ['399'],
  CEB214: ['800'],
  CEB792: [],
  CEB900: [],
};

const BUSINESS_ERROR_BY_CODE = new Map(BUSINESS_ERRORS.map(([code, zh, en]) => [String(code), { zh, en }]));

/** The meaning of a returnStatus in a receipt of the given type, or undefined for a code the spec does not know. */
export function statusOf(code: string, type: ReceiptType): ReceiptStatus | undefined {
  if (/^-\d+$/.test(code)) {
    const known = BUSINESS_ERROR_BY_CODE.get(code);
    const meaning = known ?? { zh: `处理异常（代码 ${code}）`, en: `Processing error (code ${code})` };
    return { code, ...meaning, outcome: 'error', final: true };
  }
  const meaning = RETURN_STATUSES[code];
  if (!meaning) return undefined;
  const outcome: StatusOutcome = code === '100' ? 'rejected' : code === '4' ? 'error' : LAST_GOOD_STATUS[type].includes(code) ? 'done' : 'pending';
  return { code, ...meaning, outcome, final: outcome !== 'pending' };
}
