import type { FilingDeclaration, FilingDoc, OrderDoc } from '@tradewind/domain';
import { declarationModeOf, marketplacePartyOf } from './batch.ts';

const BLANK: FilingDeclaration = {
  mode: '9610',
  statisticsFlag: 'A',
  customsCode: '',
  portCode: '',
  exportDate: '',
  logistics: { carrierCode: '', carrierName: '', waybillNos: {}, trafMode: '', wrapType: '', packages: 1 },
};

/**
 * The facts a new declaration starts from: those of the merchant's latest declaration of the same
 * mode (else of any mode: office, port and carrier rarely change), the marketplace of the orders as
 * the 电商平台, the export date today, and no waybills yet. Undefined when the merchant never
 * declared: the facts are then asked for in full.
 */
export function defaultDeclaration(orders: readonly Pick<OrderDoc, 'channel'>[], filings: readonly Pick<FilingDoc, 'declaration' | 'createdAt'>[], today: string): FilingDeclaration | undefined {
  const first = orders[0];
  if (!first) return undefined;
  const mode = declarationModeOf(first.channel);
  const previous = filings.filter((filing) => filing.declaration).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const base = (previous.find((filing) => filing.declaration!.mode === mode) ?? previous[0])?.declaration;
  const platform = marketplacePartyOf(first.channel);
  if (!base) return { ...BLANK, mode, exportDate: today, ...(platform && { platform }), logistics: { ...BLANK.logistics, waybillNos: {} } };
  const { platform: _previousPlatform, ...facts } = base;
  return { ...facts, mode, exportDate: today, ...(platform && { platform }), logistics: { ...base.logistics, waybillNos: {} } };
}
