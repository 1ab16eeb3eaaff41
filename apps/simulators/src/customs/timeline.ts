import type { ReceivedDeclaration } from './declaration-fields.ts';

/** One receipt the single window will send, due at a virtual time. */
export interface PlannedReceipt {
  status: string;
  afterMinutes: number;
  message: string;
}

const MINUTE = 60_000;
export const minutes = (n: number) => n * MINUTE;

/** When customs issues the CEB792 汇总结果单 of a summary request it approved (chosen). */
export const SUMMARY_RESULT_AFTER_MINUTES = 60;

/**
 * The statuses a declaration walks through (spec §2 receipt status lists; the timings are chosen):
 * an order 2 申报中 → 120 入库; an inventory 2 → 120 → 300 人工审核 (every third: 500 查验) →
 * 399 审结 → 800 放行 → 899 结关; a cancel 2 → 120 → 399; a summary request 2 → 120 → 399 (then
 * its CEB792 result); a rejected declaration 2 → 100 with the reason.
 */
export function walkOf(declaration: ReceivedDeclaration, serial: number, rejection?: string): PlannedReceipt[] {
  const start: PlannedReceipt = { status: '2', afterMinutes: 0, message: '电子口岸申报中' };
  if (rejection !== undefined) return [start, { status: '100', afterMinutes: 2, message: rejection }];
  if (declaration.type === 'CEB303') return [start, { status: '120', afterMinutes: 1, message: '订单已入库' }];
  if (declaration.type === 'CEB605') return [start, { status: '120', afterMinutes: 2, message: '撤销申请入库' }, { status: '399', afterMinutes: 30, message: '撤销审核通过' }];
  if (declaration.type === 'CEB701') return [start, { status: '120', afterMinutes: 2, message: '汇总申请入库' }, { status: '399', afterMinutes: 30, message: '汇总申请审核通过' }];
  const review = serial % 3 === 0 ? { status: '500', message: '查验' } : { status: '300', message: '人工审核' };
  return [
    start,
    { status: '120', afterMinutes: 2, message: '清单已入库' },
    { ...review, afterMinutes: 10 },
    { status: '399', afterMinutes: 30, message: '海关审结' },
    { status: '800', afterMinutes: 60, message: '放行' },
    { status: '899', afterMinutes: 120, message: '结关' },
  ];
}
