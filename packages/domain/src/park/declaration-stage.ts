import type { DeclarationStage } from './vocabulary.ts';

const RELEASED = new Set(['800', '899']);
const REJECTED = new Set(['100']);

/**
 * Where a submitted declaration stands, from its customs status code (2022-05 standard): released
 * at 800 放行 / 899 结关, rejected at 100 退单 or a negative business error, cancelled when a
 * CEB605 撤销 was asked and answered 399, otherwise still with customs.
 */
export function declarationStage(customsStatus: string, cancelRequested: boolean): DeclarationStage {
  if (customsStatus === 'none') return 'waiting';
  if (customsStatus === 'sent') return 'sent';
  if (customsStatus === 'failed') return 'failed';
  if (REJECTED.has(customsStatus) || customsStatus.startsWith('-')) return 'rejected';
  if (cancelRequested && customsStatus === '399') return 'cancelled';
  if (RELEASED.has(customsStatus)) return 'released';
  return 'in_review';
}

/** Rejected, failed and cancelled declarations never count as exports. */
export function declarationCounts(stage: DeclarationStage): boolean {
  return stage !== 'rejected' && stage !== 'failed' && stage !== 'cancelled';
}
