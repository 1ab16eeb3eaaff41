import type { FilingDoc } from '../collections/filings.ts';

/** Customs supervision modes (监管方式) of cross-border e-commerce export. */
export type TradeMode = '9610' | '9710' | '9810';

/**
 * The supervision mode a filing kind belongs to: the CEB messages are the retail export of 9610
 * (跨境电商零售出口), 9710 is B2B direct export, 9810 export to an overseas warehouse; the tax
 * refund and forex settlement belong to no one mode.
 */
export function tradeModeOf(kind: FilingDoc['kind']): TradeMode | null {
  if (kind.startsWith('ceb')) return '9610';
  if (kind === 'export-9710') return '9710';
  if (kind === 'export-9810') return '9810';
  return null;
}
